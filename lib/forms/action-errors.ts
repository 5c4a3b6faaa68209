import { DomainError } from "../errors/domain-error";
import type { FormState } from "./form-data";

/**
 * A use-case's refusal as form state: a DomainError's message goes beside its field (or at the top
 * of the form); anything unexpected is logged and the user sees a plain message, never its text.
 */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof DomainError) {
    return error.field
      ? { fieldErrors: { [error.field]: error.userMessage }, values }
      : { formError: error.userMessage, values };
  }
  console.error(error);
  return { formError: "Sorry, something went wrong and nothing was saved. Try again.", values };
}

/** What the user typed, to put back in the form after a refusal (strings only). */
export function echoValues(raw: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
