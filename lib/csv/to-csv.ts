/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab or
 * carriage return) are prefixed with an apostrophe, so an exported name cannot execute (OWASP,
 * "CSV injection").
 */
export type CsvCell = string | number | boolean | null | undefined | Date;

function escapeCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  let text = cell instanceof Date ? cell.toISOString() : String(cell);
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv({ header, rows }: { header: string[]; rows: CsvCell[][] }): string {
  return [header, ...rows].map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}

/** A download response with a safe file name. */
export function csvResponse({ filename, csv }: { filename: string; csv: string }): Response {
  const safe = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safe}"`,
      "Cache-Control": "no-store",
    },
  });
}
