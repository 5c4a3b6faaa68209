import type { ReactNode } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

type Option = { value: string; label: string };

/**
 * A fieldset of radios or checkboxes with a legend (NHS.UK radios and checkboxes). The first
 * input's id is the fieldset's name, so an error summary link lands on it.
 */
export function Choices({
  type,
  name,
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
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
  checked: readonly string[];
  inline?: boolean;
  legendClassName?: string;
}) {
  const id = name;
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
              <div key={option.value} className="mb-nhs-2 flex items-center gap-nhs-2">
                <input
                  id={inputId}
                  type={type}
                  name={name}
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  className="h-6 w-6 shrink-0 accent-nhs-text"
                />
                <label htmlFor={inputId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
