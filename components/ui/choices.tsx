import type { ReactNode } from "react";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./field";

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

/** NHS.UK radios or checkboxes in a fieldset with a legend. */
export function Choices({
  type,
  id,
  name,
  legend,
  hint,
  error,
  choices,
  defaultValue,
  inline = false,
}: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: Choice[];
  defaultValue?: string | string[];
  inline?: boolean;
}) {
  const selected = new Set(
    Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : [],
  );
  return (
    <FormGroup error={error}>
      <fieldset id={id} aria-describedby={describedBy({ id, hint, error })}>
        <legend className="mb-nhs-2 font-bold">{legend}</legend>
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
        <div className={inline ? "flex flex-wrap gap-x-nhs-4" : ""}>
          {choices.map((choice, index) => {
            const inputId = `${id}-${index}`;
            return (
              <div key={choice.value} className="mb-nhs-2 flex items-start gap-nhs-2">
                <input
                  type={type}
                  id={inputId}
                  name={name}
                  value={choice.value}
                  defaultChecked={selected.has(choice.value)}
                  aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                  className="mt-[2px] h-8 w-8 shrink-0 accent-nhs-text"
                />
                <label htmlFor={inputId} className="cursor-pointer pt-[4px]">
                  {choice.label}
                  {choice.hint ? (
                    <span
                      id={`${inputId}-hint`}
                      className="block text-nhs-16 text-nhs-secondary-text"
                    >
                      {choice.hint}
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
