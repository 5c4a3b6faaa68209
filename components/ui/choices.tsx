import type { ReactNode } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

/**
 * A fieldset of radios or checkboxes with a legend (NHS.UK radios and checkboxes). The first
 * input's id is `id` (the field's name by default), so an error summary link lands on it; pass an
 * `id` when several forms on one page share a field name.
 */
export function Choices({
  type,
  name,
  id = name,
  legend,
  hint,
  error,
  options,
  checked,
  inline = false,
  legendClassName = "text-nhs-19 font-bold",
}: {
  type: "radio" | "checkbox";
  name: string;
  id?: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ChoiceOption[];
  checked: readonly string[];
  inline?: boolean;
  legendClassName?: string;
}) {
  return (
    <FormGroup error={error}>
      <fieldset aria-describedby={describedBy({ id, hint, error })} className="m-0 border-0 p-0">
        <legend className={`mb-nhs-2 ${legendClassName}`}>{legend}</legend>
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
        <div className={inline ? "flex flex-wrap gap-x-nhs-5" : ""}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div key={option.value} className="mb-nhs-2 flex items-start gap-nhs-2">
                <input
                  id={inputId}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                  className="mt-[2px] h-6 w-6 shrink-0 accent-nhs-text"
                />
                <label htmlFor={inputId}>
                  {option.label}
                  {option.hint ? (
                    <span
                      id={`${inputId}-item-hint`}
                      className="block text-nhs-16 text-nhs-secondary-text"
                    >
                      {option.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
