import type { ReactNode } from "react";

export type SummaryRow = { key: ReactNode; value: ReactNode; action?: ReactNode };

/** The NHS.UK summary list: key–value rows, as on a check-your-answers page. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="mb-nhs-5 text-nhs-19">
      {rows.map((row, index) => (
        <div key={index} className="border-b border-nhs-border py-nhs-2 sm:flex">
          <dt className="mb-nhs-1 font-bold sm:mb-0 sm:w-1/3 sm:pr-nhs-4">{row.key}</dt>
          <dd className="m-0 sm:flex-1">{row.value}</dd>
          {row.action ? <dd className="m-0 sm:w-1/5 sm:text-right">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
