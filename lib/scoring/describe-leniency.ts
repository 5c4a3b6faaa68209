/**
 * Says in words whether an assessor marks harder or softer than the round as a whole, for the
 * ranking's assessor picture. Pure.
 */
export type LeniencyLabel = "marks hard" | "marks soft" | "close to the average" | "too few to say";

/**
 * An assessor's mean is always a little off the round's mean, if only because of which bids they
 * were given, so a difference under a quarter of the round's standard deviation is called
 * "close to the average" rather than hard or soft. One review says nothing about how they mark
 * (rank-bids.ts leaves such an assessor uncorrected for the same reason).
 */
export const LENIENCY_BAND = 0.25;

export function describeLeniency({
  leniency,
  count,
  overallSd,
}: {
  /** The assessor's mean minus the round's mean (AssessorStats.leniency). */
  leniency: number;
  count: number;
  overallSd: number;
}): LeniencyLabel {
  if (count < 2) return "too few to say";
  if (Math.abs(leniency) <= LENIENCY_BAND * overallSd) return "close to the average";
  return leniency < 0 ? "marks hard" : "marks soft";
}

/** "+0.42", "−0.30", "0.00": a signed difference in score points, with a true minus sign. */
export function formatSigned(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? "−" : "+"}${text}`;
}
