import Link from "next/link";
import type { CoverageRow } from "@/lib/assignments/coverage";

/**
 * The coverage picture: one tile per workstream and seat, green with a tick when it has a
 * non-executive, red with a cross when it is a gap. The table below it carries the same facts in
 * text, so the tiles are hidden from screen readers.
 */
export function CoverageTiles({
  rows,
  hrefFor,
}: {
  rows: CoverageRow[];
  hrefFor: (row: CoverageRow) => string;
}) {
  return (
    <ul
      aria-hidden="true"
      className="mb-nhs-4 grid list-none grid-cols-2 gap-nhs-2 p-0 sm:grid-cols-4 md:grid-cols-5"
    >
      {rows.map((row) => (
        <li key={`${row.kind}-${row.id}`}>
          <Link
            href={hrefFor(row)}
            tabIndex={-1}
            className={`block h-full border-2 p-nhs-2 text-nhs-16 font-bold no-underline ${
              row.covered
                ? "border-nhs-green bg-[#cce5d8] text-[#002f16]! visited:text-[#002f16]"
                : "border-nhs-error bg-[#f7d4d1] text-[#6b140e]! visited:text-[#6b140e]"
            }`}
          >
            <span className="block">
              {row.covered ? "✓" : "✗"} {row.name}
            </span>
            <span className="block font-normal">{row.lead ?? "No non-executive"}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
