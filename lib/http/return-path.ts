/**
 * The one gate for every address a user can hand the portal to go to after an action
 * (`callbackUrl`, `returnTo`, `?next=`): only a path on this site is accepted, judged after the
 * WHATWG URL parser's own normalisation, which is what the browser will do with it. The parser
 * drops tabs and newlines anywhere and reads a backslash as a slash, so `/\t/evil.example` and
 * `/\evil.example` both become `//evil.example`, another site: refused here rather than followed.
 *
 * The path returned is the parser's serialisation (percent-encoded ASCII), so it is always safe in
 * a `Location` header: a full-width space or non-Latin letters cannot make a redirect throw.
 */
import { containsNonText } from "../forms/fields";

const BASE = "http://portal.invalid";

/** Longer than any page of the portal needs; anything longer is ignored rather than parsed. */
const MAX_LENGTH = 2048;

export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/")) return null;
  // The URL parser would percent-encode a NUL or a control and the path would be followed.
  if (containsNonText(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still begins with two slashes (or a slash and a backslash) would be read as
  // another host by anything that resolves it again.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  return path;
}

/** `safeReturnPath`, kept only when it lies under `prefix` (a form that may only return to its own area). */
export function safeReturnPathUnder(value: unknown, prefix: string): string | null {
  const path = safeReturnPath(value);
  return path !== null && path.startsWith(prefix) ? path : null;
}
