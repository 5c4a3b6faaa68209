"use client";

import { useState, type ReactNode, type TextareaHTMLAttributes } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

/**
 * A labelled textarea (NHS.UK textarea pattern). With `maxLength` it carries the character count:
 * the hint states the limit (all that shows without JavaScript) and, as the user types, a polite
 * live message says how many characters are left. The limit is not enforced by the browser, so
 * pasted text is never cut short: the server refuses oversize text with a field error instead.
 */
export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  maxLength,
  rows = 8,
  defaultValue = "",
  onValueChange,
  labelClassName = "",
  asPageHeading = false,
  ...props
}: Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "name" | "maxLength" | "defaultValue"
> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  maxLength?: number;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  labelClassName?: string;
  /** The question is the page's heading: the label sits in the h1 (NHS.UK question page). */
  asPageHeading?: boolean;
}) {
  const [length, setLength] = useState(defaultValue.length);
  const [typed, setTyped] = useState(false);
  const countId = `${id}-count`;
  const remaining = maxLength === undefined ? 0 : maxLength - length;
  return (
    <FormGroup error={error}>
      {asPageHeading ? (
        <h1 className="mb-nhs-3">
          <label htmlFor={id} className={`block ${labelClassName}`}>
            {label}
          </label>
        </h1>
      ) : (
        <label htmlFor={id} className={`mb-nhs-2 block ${labelClassName}`}>
          {label}
        </label>
      )}
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={
          [describedBy({ id, hint, error }), maxLength ? countId : null]
            .filter(Boolean)
            .join(" ") || undefined
        }
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-none border-2 bg-white p-nhs-2 text-nhs-19 ${error || remaining < 0 ? "border-nhs-error" : "border-nhs-grey-1"}`}
        onChange={(event) => {
          setLength(event.target.value.length);
          setTyped(true);
          onValueChange?.(event.target.value);
        }}
        {...props}
      />
      {maxLength ? (
        <div
          id={countId}
          aria-live={typed ? "polite" : undefined}
          className={`mt-nhs-2 ${remaining < 0 ? "font-bold text-nhs-error" : "text-nhs-secondary-text"}`}
        >
          {!typed
            ? `You can enter up to ${maxLength.toLocaleString("en-GB")} characters${length ? ` (${remaining.toLocaleString("en-GB")} left)` : ""}`
            : remaining >= 0
              ? `You have ${remaining.toLocaleString("en-GB")} character${remaining === 1 ? "" : "s"} remaining`
              : `You have ${(-remaining).toLocaleString("en-GB")} character${remaining === -1 ? "" : "s"} too many`}
        </div>
      ) : null}
    </FormGroup>
  );
}
