import { DomainError } from "./domain-error";

/**
 * The version an edit was made from, which every edit of a versioned record must carry: without
 * it the stale-write check would have nothing to compare, so the edit is refused rather than let
 * through unchecked (issue 10).
 */
export function editedVersion(version: number | null | undefined): number {
  if (typeof version === "number" && Number.isSafeInteger(version) && version >= 0) return version;
  throw new DomainError({
    code: "STALE_WRITE",
    message: "Reload the page and try again: the form was missing what it needs to save safely",
  });
}
