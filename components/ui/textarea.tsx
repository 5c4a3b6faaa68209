import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

/** A labelled textarea with optional hint and error message (NHS.UK textarea pattern). */
export function Textarea({
  id,
  name,
  label,
  hint,
  error,
  rows = 5,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="mb-nhs-2 block">
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded-none border-2 bg-white p-nhs-2 text-nhs-19 ${error ? "border-nhs-error" : "border-nhs-grey-1"}`}
        {...props}
      />
    </FormGroup>
  );
}
