/** Turns FormData into a plain object for zod: repeated keys become arrays, files are dropped. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/**
 * Whether a field matching `pattern` was posted more than once. Forms with numbered rows read each
 * field by name; one sent twice is a forged form, to refuse rather than read as blank.
 */
export function hasRepeatedField(raw: Record<string, string | string[]>, pattern: RegExp): boolean {
  return Object.keys(raw).some((key) => pattern.test(key) && Array.isArray(raw[key]));
}

/** The message for a form whose fields were tampered with. */
export const TAMPERED_FORM =
  "Reload the page and try again: the form was not sent as the page gave it";

export type FormState = {
  /** Field name → message, in the order the fields appear. */
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** What the user typed, sent back so the form keeps it (never passwords). */
  values?: Record<string, string>;
};

/** The first message per field from a zod error, keyed by the field's name. */
export function fieldErrorsFrom(
  issues: { path: PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
