/** A search query as typed in the header box: trimmed, spaces collapsed, at most 100 characters. */
export function normaliseQuery(raw: unknown): string {
  const text = typeof raw === "string" ? raw : Array.isArray(raw) ? String(raw[0] ?? "") : "";
  return text.trim().replace(/\s+/g, " ").slice(0, 100);
}

/** Whether a query is long enough to search: trigrams need at least two characters. */
export function isSearchable(query: string): boolean {
  return query.replace(/\s/g, "").length >= 2;
}

/** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The words of a query, for matching each against first or last names. At most five. */
export function queryWords(query: string): string[] {
  return query.split(" ").filter(Boolean).slice(0, 5);
}
