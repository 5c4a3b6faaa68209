import "server-only";
import type { Actor } from "../auth/session";
import { DomainError } from "../errors/domain-error";

/** Board admins manage only their own footprints (issue 6): anything else is "not found". */
export function assertBoardAdminOf({
  actor,
  footprintId,
}: {
  actor: Actor;
  footprintId: string;
}): void {
  if (!actor.boardFootprintIds.includes(footprintId)) {
    throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  }
}

/** Coverage can be read by the footprint's board admins and by programme admins. */
export function canReadFootprintCoverage({
  actor,
  footprintId,
}: {
  actor: Actor;
  footprintId: string;
}): boolean {
  return actor.boardFootprintIds.includes(footprintId) || actor.roles.has("PROGRAMME_ADMIN");
}
