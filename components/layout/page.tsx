import type { ReactNode } from "react";

/** A page's main column, at the NHS.UK 960px page width. */
export function PageWidth({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-nhs-page px-nhs-3">{children}</div>;
}

/** The caption above a page heading (NHS.UK "caption"). */
export function Caption({ children }: { children: ReactNode }) {
  return <span className="mb-nhs-2 block text-nhs-22 text-nhs-secondary-text">{children}</span>;
}
