/** Pence (integers, as stored) to pounds for display: 35000000 → "£350,000". */
export function formatPence(
  pence: number,
  { showPence = false }: { showPence?: boolean } = {},
): string {
  const digits = showPence || pence % 100 !== 0 ? 2 : 0;
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency: "GBP",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(pence / 100);
}
