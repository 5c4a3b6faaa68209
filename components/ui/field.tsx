import type { ReactNode } from "react";

/** Ids that tie a field's hint and error to its input through aria-describedby. */
export function describedBy({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="mb-nhs-3 text-nhs-secondary-text">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-error`} className="mb-nhs-3 font-bold text-nhs-error">
      <span className="sr-only">Error: </span>
      {children}
    </p>
  );
}

/** A form group: a red bar down the left when it holds an error, as on NHS.UK. */
export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className={`mb-nhs-4 ${error ? "border-l-4 border-nhs-error pl-nhs-3" : ""}`}>
      {children}
    </div>
  );
}

/**
 * The frame every single-control field shares: form group, label, hint and error, in the NHS.UK
 * order. `children` receives the aria attributes the control must carry.
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  labelClassName = "",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  labelClassName?: string;
  children: (aria: { "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  return (
    <FormGroup error={error}>
      <label htmlFor={id} className={`mb-nhs-2 block ${labelClassName}`}>
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={id}>{error}</ErrorMessage> : null}
      {children({
        "aria-describedby": describedBy({ id, hint, error }),
        "aria-invalid": error ? true : undefined,
      })}
    </FormGroup>
  );
}
