/** Words and tag colours for the self-assessment's states. Pure. */
import type { TagColour } from "../format/tag-colour";
import type { GovernanceActionStatus } from "../generated/prisma/enums";

export const ACTION_STATUS_TAGS: Record<
  GovernanceActionStatus,
  { label: string; colour: TagColour }
> = {
  NOT_STARTED: { label: "Not started", colour: "grey" },
  IN_PROGRESS: { label: "In progress", colour: "blue" },
  DONE: { label: "Done", colour: "green" },
};

export function assessmentStateTag({
  status,
  publishedAt,
}: {
  status: "DRAFT" | "SUBMITTED";
  publishedAt: Date | null;
}): { label: string; colour: TagColour } {
  if (status === "DRAFT") return { label: "Draft", colour: "grey" };
  return publishedAt
    ? { label: "Published", colour: "green" }
    : { label: "Submitted, not published", colour: "yellow" };
}
