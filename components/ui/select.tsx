import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

export function Select({
  id,
  name,
  label,
  hint,
  error,
  options,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className="mb-nhs-2 block">
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
      <select
        id={id}
        name={name}
        aria-describedby={describedBy({ id, hint, error })}
        aria-invalid={error ? true : undefined}
        className={`h-10 min-w-[23ex] border-2 bg-white px-nhs-2 text-nhs-19 ${error ? "border-nhs-error" : "border-nhs-grey-1"}`}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
