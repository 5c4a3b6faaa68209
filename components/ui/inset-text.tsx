import type { ReactNode } from "react";

/** The NHS.UK inset text: a blue bar beside text that should stand out from the rest. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="my-nhs-5 border-l-8 border-nhs-blue bg-white p-nhs-4">{children}</div>;
}
