/**
 * Next reads the `Next-Router-State-Tree` header of a client navigation with its own parser, and
 * answers 500 when the header does not parse (or is sent twice). scripts/serve.ts asks that same
 * parser first, so a malformed header gets a 400 instead: the rule stays exactly Next's, for the version pinned in
 * package.json (a test fails if this private entry point moves).
 */
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

export function isMalformedRouterState(header: string | string[] | null | undefined): boolean {
  if (header === null || header === undefined) return false;
  try {
    parseAndValidateFlightRouterState(header);
    return false;
  } catch {
    return true;
  }
}
