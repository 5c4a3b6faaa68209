import { DomainError } from "../errors/domain-error";
import type { FormState } from "./form-data";

/**
 * A use-case's refusal as a form state: a DomainError's message on its field, or for the whole
 * form. Anything else is logged and the user sees a plain message, never the error's text.
 */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof DomainError) {
    return error.field
      ? { fieldErrors: { [error.field]: error.userMessage }, values }
      : { formError: error.userMessage, values };
  }
  console.error(error);
  return { formError: "Sorry, something went wrong. Try again in a few minutes.", values };
}

/** The string values a form sent, to send back so the form keeps what the user typed. */
export function stringValues(raw: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
