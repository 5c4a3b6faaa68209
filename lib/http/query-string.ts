/**
 * Whether a query string holds what no page of the portal can read: invalid percent-encoding,
 * bytes that are not UTF-8 (a lone surrogate among them), or characters that are not text (NUL,
 * which PostgreSQL text cannot hold, and the other C0 controls). The proxy answers such a request
 * with 400 before any page parses it, instead of each page finding out in its own way (or in the
 * database, as a 500). Next's server already replaces invalid percent-encoding and invalid UTF-8
 * with U+FFFD before the proxy sees the address; the check stays so that this holds whatever the
 * server does, and it is what catches NUL and the controls, which are valid encodings.
 */
import { containsNonText } from "../forms/fields";

export function isMalformedQuery(search: string): boolean {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (!query) return false;
  for (const part of query.split("&")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return true;
    }
    if (containsNonText(decoded)) return true;
  }
  return false;
}
