/**
 * CSV (RFC 4180) with spreadsheet safety: a cell that starts with =, +, -, @, tab or carriage return
 * is prefixed with an apostrophe so a spreadsheet shows it as text rather than running it as a
 * formula (OWASP, "CSV injection"). Lines end with CRLF.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
