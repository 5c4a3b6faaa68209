import type { ReactNode } from "react";

/** A data table with a caption (required: it names the table for screen readers). */
export function Table({
  caption,
  head,
  rows,
  captionClassName = "text-nhs-22",
}: {
  caption: ReactNode;
  head: ReactNode[];
  rows: ReactNode[][];
  captionClassName?: string;
}) {
  return (
    <div className="mb-nhs-5 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-nhs-16">
        <caption className={`mb-nhs-3 text-left font-bold ${captionClassName}`}>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className="border-b-2 border-nhs-grey-3 p-nhs-2 font-bold"
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} className="border-b border-nhs-border p-nhs-2 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
