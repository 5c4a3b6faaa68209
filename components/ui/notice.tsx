import type { ReactNode } from "react";

/** A success banner after an action (NHS.UK "success" inset style), announced politely. */
export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="mb-nhs-5 border-l-8 border-nhs-green bg-white p-nhs-4 font-bold">
      {children}
    </div>
  );
}
