/**
 * The portal's one vocabulary of form fields: every action schema builds its fields from these, so
 * a number, an amount of money, a date or an id is read the same way everywhere and hostile input is
 * refused at the boundary with a field error, never converted and stored.
 *
 * - Numbers are digits only: `0x10`, `1e1`, `Infinity`, `1e309`, ` 5`, `05`, `+5` and `-5` are
 *   refused rather than coerced (zod's `z.coerce.number()` would accept most of them).
 * - Text may not hold what PostgreSQL text cannot (NUL) nor what is not text (other C0 controls,
 *   lone surrogates, or what invalid UTF-8 becomes); Windows line ends become `\n`.
 * - A field posted more than once (a forged form) is refused, not silently reduced to one value.
 *
 * Pure: no database, no `server-only`, so the rules are unit tested table by table
 * (tests/unit/fields.test.ts).
 */
import { z } from "zod";
import { resolveLondonTime } from "../rounds/london-time";

/**
 * Characters that are not text: C0 controls other than tab, LF and CR (NUL among them), DEL, lone
 * surrogates, and U+FFFD, the replacement character, which is what a form field's invalid UTF-8
 * (a lone surrogate among it) has become by the time the server reads it. Nobody types U+FFFD.
 */
const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function containsNonText(value: string): boolean {
  return NOT_TEXT.test(value);
}

/** Largest amount of money accepted in one field: £10 million, well above any pilot budget. */
export const MAX_PENCE = 10_000_000 * 100;

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/*
 * Every field starts from `z.unknown().default("")`: zod 4 does not run a transform for a key the
 * object lacks (it reports "expected nonoptional"), so an absent field is made "" first, which
 * each field then reads as empty.
 */

/**
 * One posted value as a string: absent is "", an array (the field sent twice) or anything else is
 * refused with `message`.
 */
function posted(message: string) {
  return z
    .unknown()
    .default("")
    .transform((value, ctx): string => {
      if (value === undefined || value === null) return "";
      if (typeof value !== "string") return fail(ctx, message);
      if (containsNonText(value)) return fail(ctx, message);
      return value;
    });
}

/**
 * Free text: CRLF folded to LF, trimmed, at most `max` characters; `required` gives the message
 * for an empty value (omit it for an optional field, which then reads as "").
 */
export function text({
  label,
  max,
  required,
  trim = true,
}: {
  label: string;
  max: number;
  required?: string;
  /** Keep surrounding white space (a long answer saved as it is typed). */
  trim?: boolean;
}) {
  return z
    .unknown()
    .default("")
    .transform((value, ctx): string => {
      if (value === undefined || value === null) value = "";
      if (typeof value !== "string") return fail(ctx, `Enter ${lowerFirst(label)} once`);
      if (containsNonText(value))
        return fail(ctx, `${label} contains characters that are not text: remove them`);
      const folded = value.replace(/\r\n?/g, "\n");
      const cleaned = trim ? folded.trim() : folded;
      if (cleaned.length > max)
        return fail(ctx, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`);
      if (!cleaned.trim() && required) return fail(ctx, required);
      return cleaned;
    });
}

const DIGITS = /^(0|[1-9][0-9]*)$/;

/** Digits only, within `min`..`max`; more digits than a safe integer has are refused unread. */
export function parseWholeNumber(value: string, min: number, max: number): number | null {
  if (!DIGITS.test(value) || value.length > 15) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function rangeMessage(label: string, min: number, max: number): string {
  return `${label} must be a whole number from ${min.toLocaleString("en-GB")} to ${max.toLocaleString("en-GB")}`;
}

/** A whole number from `min` to `max`, digits only. */
export function wholeNumber({
  label,
  min,
  max,
  required,
}: {
  label: string;
  min: number;
  max: number;
  /** The message for an empty value; default "Enter <label>". */
  required?: string;
}) {
  const range = rangeMessage(label, min, max);
  return posted(range).transform((value, ctx): number => {
    if (value === "") return fail(ctx, required ?? `Enter ${lowerFirst(label)}`);
    return parseWholeNumber(value, min, max) ?? fail(ctx, range);
  });
}

/** An optional whole number: "" (or absent) reads as null. */
export function optionalWholeNumber({
  label,
  min,
  max,
}: {
  label: string;
  min: number;
  max: number;
}) {
  const range = rangeMessage(label, min, max);
  return posted(range).transform((value, ctx): number | null =>
    value === "" ? null : (parseWholeNumber(value, min, max) ?? fail(ctx, range)),
  );
}

/** A number with at most `places` decimal places, from `min` to `max` (for example a threshold like 1.5). */
export function decimal({
  label,
  min,
  max,
  places,
}: {
  label: string;
  min: number;
  max: number;
  places: number;
}) {
  const pattern = new RegExp(`^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,${places}})?$`);
  const example = (min + 0.5).toFixed(Math.min(places, 1));
  const range = `${label} must be a number from ${min} to ${max}, like ${example}`;
  return posted(range).transform((value, ctx): number => {
    if (value === "") return fail(ctx, `Enter ${lowerFirst(label)}`);
    if (!pattern.test(value)) return fail(ctx, range);
    const n = Number(value);
    if (n < min || n > max) return fail(ctx, range);
    return n;
  });
}

/** A whole-number percentage from `min` (default 0) to 100. */
export function percentage({ label, min = 0 }: { label: string; min?: number }) {
  return wholeNumber({ label, min, max: 100 });
}

/** Pounds as people write them ("12500", "12,500", "£12,500.50") to integer pence. */
const POUNDS = /^£?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\.[0-9]{1,2})?$/;

export function parsePence(value: string): number | null {
  if (!POUNDS.test(value) || value.length > 20) return null;
  const [whole, fraction = ""] = value.replace(/^£/, "").replace(/,/g, "").split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** An amount of money in pounds and pence, returned as integer pence, from £0 to `maxPence`. */
export function money({
  label,
  maxPence = MAX_PENCE,
  required,
}: {
  label: string;
  maxPence?: number;
  required?: string;
}) {
  const shape = `${label} must be an amount in pounds, like 12500 or 12500.50`;
  return posted(shape).transform((value, ctx): number => {
    if (value === "") return fail(ctx, required ?? `Enter ${lowerFirst(label)}`);
    if (value.startsWith("-")) return fail(ctx, `${label} must be £0 or more`);
    const pence = parsePence(value);
    if (pence === null) return fail(ctx, shape);
    if (pence > maxPence)
      return fail(
        ctx,
        `${label} must be £${(maxPence / 100).toLocaleString("en-GB", { maximumFractionDigits: 2 })} or less`,
      );
    return pence;
  });
}

/**
 * A score on a round's scale: one of `values` (the scale's points). "" reads as null (not scored
 * yet) unless `required` gives the message for it.
 */
export function score({
  label,
  values,
  required,
}: {
  label: string;
  values: readonly number[];
  required?: string;
}) {
  const allowed = new Set(values);
  const sorted = [...allowed].sort((a, b) => a - b);
  const message = `Choose a score for ${lowerFirst(label)} from ${sorted[0]} to ${sorted.at(-1)}`;
  return posted(message).transform((value, ctx): number | null => {
    if (value === "") return required ? fail(ctx, required) : null;
    const n = parseWholeNumber(value, sorted[0] ?? 0, sorted.at(-1) ?? 0);
    return n !== null && allowed.has(n) ? n : fail(ctx, message);
  });
}

/** Earliest and latest years a date field accepts: anything else is a typing slip. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/** A calendar date "YYYY-MM-DD" as midnight UTC (how `@db.Date` columns hold it), or null. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return null;
  const date = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  // 2026-02-30 would roll over to March: refuse it.
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/**
 * A date in the UK calendar ("YYYY-MM-DD", what a date field posts), as midnight UTC. `required`
 * gives the message for an empty value; without it "" reads as null.
 */
export function calendarDate({ label, required }: { label: string; required?: string }) {
  const shape = `${label} must be a real date, like 2027-03-31`;
  return posted(shape).transform((value, ctx): Date | null => {
    if (value === "") return required ? fail(ctx, required) : null;
    return parseCalendarDate(value) ?? fail(ctx, shape);
  });
}

/**
 * `calendarDate`, kept as its validated "YYYY-MM-DD" text, for use-cases that take a day as text.
 */
export function calendarDay({ label, required }: { label: string; required?: string }) {
  const shape = `${label} must be a real date, like 2027-03-31`;
  return posted(shape).transform((value, ctx): string | null => {
    if (value === "") return required ? fail(ctx, required) : null;
    return parseCalendarDate(value) ? value : fail(ctx, shape);
  });
}

/**
 * A UK wall-clock date and time ("YYYY-MM-DDTHH:mm", Europe/London) as an instant. The hour that
 * never happens when the clocks go forward, and the one that happens twice when they go back, are
 * refused with a message rather than guessed: a deadline must not be an hour out.
 */
export function ukDateTime({ label, required }: { label: string; required?: string }) {
  const shape = `Enter ${lowerFirst(label)} as a date and time`;
  return posted(shape).transform((value, ctx): Date | null => {
    if (value === "") return required ? fail(ctx, required) : null;
    const year = Number(value.slice(0, 4));
    if (year < DATE_YEARS.min || year > DATE_YEARS.max) return fail(ctx, shape);
    const result = resolveLondonTime(value);
    switch (result.kind) {
      case "ok":
        return result.instant;
      case "nonexistent":
        return fail(
          ctx,
          `${label} does not exist in the UK: the clocks go forward an hour that night. Choose a time outside 1am to 2am.`,
        );
      case "ambiguous":
        return fail(
          ctx,
          `${label} happens twice in the UK: the clocks go back an hour that night. Choose a time outside 1am to 2am.`,
        );
      default:
        return fail(ctx, shape);
    }
  });
}

/** The shape of every record id the portal issues: cuids, and the seed's readable `seed-…` ids. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * A record id from a hidden field or a choice. A malformed one is refused with `message` (the
 * default suits a hidden field a person never typed).
 */
export function id({ message = "Reload the page and try again" }: { message?: string } = {}) {
  return posted(message).transform((value, ctx): string =>
    ID.test(value) ? value : fail(ctx, message),
  );
}

/** An optional id (a select with a blank first option): "" reads as null. */
export function optionalId({
  message = "Reload the page and try again",
}: { message?: string } = {}) {
  return posted(message).transform((value, ctx): string | null => {
    if (value === "") return null;
    return ID.test(value) ? value : fail(ctx, message);
  });
}

/**
 * A record's version for the stale-write check: required on every edit of a versioned record, so
 * a post without it is refused rather than let through unchecked.
 */
export function version({ min = 0 }: { min?: number } = {}) {
  const message =
    "Reload the page and try again: the form was missing what it needs to save safely";
  return posted(message).transform((value, ctx): number => {
    return parseWholeNumber(value, min, 999_999_999) ?? fail(ctx, message);
  });
}

/**
 * The version of a form that both creates and edits: absent (or "") when creating. Pair it with
 * `requireVersionWhenEditing` so an edit without it is refused.
 */
export function optionalVersion({ min = 0 }: { min?: number } = {}) {
  const message =
    "Reload the page and try again: the form was missing what it needs to save safely";
  return posted(message).transform((value, ctx): number | null =>
    value === "" ? null : (parseWholeNumber(value, min, 999_999_999) ?? fail(ctx, message)),
  );
}

/**
 * An object-level rule for create-or-edit forms: when the record's id is given (an edit), its
 * version must be too, so the stale-write check cannot be skipped by leaving it out.
 */
export function requireVersionWhenEditing(
  value: { version?: number | null } & Record<string, unknown>,
  ctx: z.RefinementCtx,
  idKey = "id",
): void {
  if (value[idKey] && (value.version === null || value.version === undefined))
    ctx.addIssue({
      code: "custom",
      path: ["version"],
      message: "Reload the page and try again: the form was missing what it needs to save safely",
    });
}

/** Several ids from checkboxes or a multiple select (none is an empty list), at most `max`. */
export function idList({
  max = 100,
  message = "Choose from the list",
}: { max?: number; message?: string } = {}) {
  return z
    .unknown()
    .default("")
    .transform((value, ctx): string[] => {
      if (value === undefined || value === null || value === "") return [];
      const values = Array.isArray(value) ? value : [value];
      if (values.length > max || !values.every((v) => typeof v === "string" && ID.test(v)))
        return fail(ctx, message);
      return [...new Set(values as string[])];
    });
}

/** A checkbox: ticked ("on", "true", "yes") or not (absent or ""). Anything else is refused. */
export function checkbox() {
  return posted("Reload the page and try again").transform((value, ctx): boolean => {
    if (value === "") return false;
    if (value === "on" || value === "true" || value === "yes") return true;
    return fail(ctx, "Reload the page and try again");
  });
}

/** One of a fixed set of values (radios, selects), with the message for anything else. */
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  { message }: { message: string },
) {
  const allowed = new Set<string>(values);
  return posted(message).transform((value, ctx): T[number] =>
    allowed.has(value) ? (value as T[number]) : fail(ctx, message),
  );
}

/** An email address, trimmed and lower-cased (how accounts keep them), at most 320 characters. */
export function emailAddress({
  label = "Email address",
  required = "Enter an email address",
}: { label?: string; required?: string } = {}) {
  const shape = `Enter ${lowerFirst(label)} in the correct format, like name@example.org`;
  return posted(shape).transform((value, ctx): string => {
    const cleaned = value.trim().toLowerCase();
    if (!cleaned) return fail(ctx, required);
    if (cleaned.length > 320) return fail(ctx, `${label} must be 320 characters or fewer`);
    return z.email().safeParse(cleaned).success ? cleaned : fail(ctx, shape);
  });
}

/**
 * A password as typed: never trimmed or folded, any printable characters, at most `max`. How
 * strong a new one must be is `lib/auth/password-strength.ts`'s rule, not the field's.
 */
export function password({
  label = "Password",
  required = "Enter your password",
  max = 128,
}: { label?: string; required?: string; max?: number } = {}) {
  const notText = `${label} contains characters that cannot be typed: remove them`;
  return z
    .unknown()
    .default("")
    .transform((value, ctx): string => {
      if (value === undefined || value === null || value === "") return fail(ctx, required);
      if (typeof value !== "string") return fail(ctx, `Enter ${lowerFirst(label)} once`);
      if (containsNonText(value) || /[\r\n\t]/.test(value)) return fail(ctx, notText);
      if (value.length > max)
        return fail(ctx, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`);
      return value;
    });
}

/** A one-time code from an authenticator app (6 digits) or a recovery code, spaces ignored. */
export function oneTimeCode({
  label = "Code",
  required = "Enter the code",
}: { label?: string; required?: string } = {}) {
  const shape = `Enter ${lowerFirst(label)} from your authenticator app (6 digits) or a recovery code`;
  return posted(shape).transform((value, ctx): string => {
    const cleaned = value.replace(/[\s-]+/g, "").toLowerCase();
    if (!cleaned) return fail(ctx, required);
    return /^([0-9]{6}|[a-z0-9]{10})$/.test(cleaned) ? cleaned : fail(ctx, shape);
  });
}

/** Several of a fixed set of values (checkboxes); none is an empty list; anything else is refused. */
export function choiceList<const T extends readonly [string, ...string[]]>(
  values: T,
  { message }: { message: string },
) {
  const allowed = new Set<string>(values);
  return z
    .unknown()
    .default("")
    .transform((value, ctx): T[number][] => {
      if (value === undefined || value === null || value === "") return [];
      const items = Array.isArray(value) ? value : [value];
      if (
        items.length > values.length ||
        !items.every((v) => typeof v === "string" && allowed.has(v))
      )
        return fail(ctx, message);
      return [...new Set(items as T[number][])];
    });
}
