/**
 * A small RFC 4180 CSV reader for the reference data in prisma/data. The files mix CRLF and LF line
 * ends and quote names that contain commas ("NHS Shropshire, Telford and Wrekin ..."), so a naive
 * split on commas would shift columns. Pure functions, no I/O, so they are unit tested directly.
 */

/** Splits CSV text into rows of raw field strings. Quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  // Whether the current row has any content: blank lines, including a trailing line break, add no row.
  let rowStarted = false;
  // A UTF-8 byte order mark would otherwise become part of the first header name.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"') {
      inQuotes = true;
      rowStarted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
      rowStarted = true;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      if (rowStarted || field !== "") {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = "";
      rowStarted = false;
    } else {
      field += char;
      rowStarted = true;
    }
  }
  if (inQuotes) throw new Error("CSV ends inside a quoted field");
  if (rowStarted || field !== "") {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses CSV text whose first row names the columns into one object per data row. Throws when a
 * row has a different number of fields from the header, since that means the file is malformed
 * and the seed would otherwise load shifted values.
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return rows.map((fields, index) => {
    if (fields.length !== names.length) {
      throw new Error(
        `CSV row ${index + 2} has ${fields.length} fields; the header has ${names.length}`,
      );
    }
    return Object.fromEntries(names.map((name, column) => [name, fields[column] ?? ""]));
  });
}
