import type { EmailStatus } from "../generated/prisma/enums";
import type { TagColour } from "./tag-colour";

export const EMAIL_STATUS_TAGS: Record<EmailStatus, { label: string; colour: TagColour }> = {
  QUEUED: { label: "Queued", colour: "blue" },
  SENT: { label: "Sent", colour: "green" },
  LOGGED: { label: "Written to the log", colour: "grey" },
  FAILED: { label: "Failed", colour: "red" },
};
