"use client";

import { useEffect, useRef } from "react";

export type ErrorSummaryItem = { href: string; message: string };

/**
 * The NHS.UK error summary: at the top of the page, it takes focus when it appears so screen
 * reader users hear the problems at once, and links to each field in error.
 */
export function ErrorSummary({
  title = "There is a problem",
  errors,
  formError,
}: {
  title?: string;
  errors: ErrorSummaryItem[];
  formError?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length + (formError ? 1 : 0);
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, errors, formError]);
  if (count === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-nhs-5 border-4 border-nhs-error bg-white p-nhs-4 shadow-[0_4px_0_var(--color-nhs-text)]"
    >
      <h2 id="error-summary-title" className="mt-0 text-nhs-22">
        {title}
      </h2>
      {formError ? <p className="font-bold">{formError}</p> : null}
      {errors.length ? (
        <ul className="m-0 list-none p-0">
          {errors.map((error) => (
            <li key={error.href} className="mb-nhs-2">
              <a href={error.href} className="font-bold !text-nhs-error">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Error-summary items from a form's field errors, linking to inputs whose id is the field name. */
export function summaryItems(fieldErrors: Record<string, string> | undefined): ErrorSummaryItem[] {
  return Object.entries(fieldErrors ?? {}).map(([field, message]) => ({
    href: `#${field}`,
    message,
  }));
}
