/** A total on the scoring scale to two decimal places ("3.40"), or a dash when there is none. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(2);
}

/** "3.40, 2.90 and 4.05": totals in a sentence, for pictures' text alternatives. */
export function listScores(values: readonly number[]): string {
  const texts = values.map((v) => v.toFixed(2));
  return texts.length <= 1
    ? (texts[0] ?? "")
    : `${texts.slice(0, -1).join(", ")} and ${texts.at(-1)}`;
}

/** "1 review", "3 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
