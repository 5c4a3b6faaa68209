import type { ReactNode } from "react";
import { ErrorMessage, FormGroup, Hint } from "./field";

/** NHS.UK checkboxes: a fieldset whose legend asks the question, one labelled box per choice. */
export function Checkboxes({
  id,
  name,
  legend,
  hint,
  error,
  items,
  legendClassName = "text-nhs-22 font-bold",
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  items: { value: string; label: ReactNode; hint?: ReactNode; checked?: boolean }[];
  legendClassName?: string;
}) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <FormGroup error={error}>
      <fieldset
        id={id}
        tabIndex={-1}
        aria-describedby={ids.length ? ids.join(" ") : undefined}
        className="m-0 border-0 p-0"
      >
        <legend className={`mb-nhs-3 ${legendClassName}`}>{legend}</legend>
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
        {items.map((item, index) => {
          const itemId = `${id}-${index}`;
          return (
            <div key={item.value} className="mb-nhs-2 flex items-start gap-nhs-3">
              <input
                id={itemId}
                type="checkbox"
                name={name}
                value={item.value}
                defaultChecked={item.checked}
                aria-describedby={item.hint ? `${itemId}-item-hint` : undefined}
                className="mt-1 h-6 w-6 shrink-0 accent-nhs-blue"
              />
              <label htmlFor={itemId} className="cursor-pointer">
                {item.label}
                {item.hint ? (
                  <span id={`${itemId}-item-hint`} className="block text-nhs-secondary-text">
                    {item.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </fieldset>
    </FormGroup>
  );
}
