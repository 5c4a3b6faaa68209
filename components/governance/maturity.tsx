import { describeChange, formatNumber } from "@/lib/governance/governance-rules";
import { MATURITY_LEVELS, maturityName } from "@/lib/governance/topics";

/**
 * The maturity scale's colours: one blue ramp from light (1, not in place) to dark (4, embedded),
 * so the order reads in greyscale and to colour-blind eyes, and every level's number is written on
 * it in text that meets WCAG AA contrast (dark text on 1 and 2, white on 3 and 4).
 */
export const MATURITY_STYLES: Record<number, string> = {
  1: "bg-[#deebf7] text-nhs-text border-[#9ecae1]",
  2: "bg-[#9ecae1] text-nhs-text border-[#6baed6]",
  3: "bg-[#2171b5] text-white border-[#2171b5]",
  4: "bg-[#003087] text-white border-[#003087]",
};
export const UNRATED_STYLE = "bg-white text-nhs-secondary-text border-dashed border-nhs-grey-1";

export function maturityStyle(rating: number | null): string {
  return rating === null ? UNRATED_STYLE : (MATURITY_STYLES[Math.round(rating)] ?? UNRATED_STYLE);
}

/** A rating as a small coloured label with its number and name: "3 Established". */
export function RatingLabel({ rating }: { rating: number | null }) {
  return (
    <span
      className={`inline-block border-2 px-nhs-2 text-nhs-16 font-bold leading-normal ${maturityStyle(rating)}`}
    >
      {rating === null ? "Not rated" : `${rating} ${maturityName(rating)}`}
    </span>
  );
}

/**
 * A change since the previous period: an arrow and the figure, with the words for screen
 * readers ("up 1 since 2025/26 autumn"). Nothing when there is nothing to compare.
 */
export function ChangeMark({
  change,
  since,
  className = "",
}: {
  change: number | null;
  since: string | null;
  className?: string;
}) {
  if (change === null) return null;
  const mark = change > 0 ? "▲" : change < 0 ? "▼" : "=";
  return (
    <span className={`block text-[0.8125rem] leading-tight ${className}`}>
      <span aria-hidden="true">
        {mark}
        {change !== 0 ? formatNumber(Math.abs(change)) : ""}
      </span>
      <span className="sr-only">
        , {describeChange(change)}
        {since ? ` since ${since}` : ""}
      </span>
    </span>
  );
}

/** The key to the colours and marks, with each level's descriptor. */
export function MaturityKey() {
  return (
    <section aria-labelledby="maturity-key-heading" className="mb-nhs-4">
      <h2 id="maturity-key-heading" className="text-nhs-22">
        Key
      </h2>
      <ul className="m-0 list-none p-0 text-nhs-16">
        {MATURITY_LEVELS.map((level) => (
          <li key={level.value} className="mb-nhs-2 flex items-start gap-nhs-3">
            <span
              aria-hidden="true"
              className={`inline-flex h-8 w-8 shrink-0 items-center justify-center border-2 font-bold ${MATURITY_STYLES[level.value]}`}
            >
              {level.value}
            </span>
            <span>
              <strong>
                {level.value}: {level.name}.
              </strong>{" "}
              {level.descriptor}
            </span>
          </li>
        ))}
        <li className="mb-nhs-2 flex items-start gap-nhs-3">
          <span
            aria-hidden="true"
            className={`inline-flex h-8 w-8 shrink-0 items-center justify-center border-2 ${UNRATED_STYLE}`}
          >
            –
          </span>
          <span>Not rated yet (a draft).</span>
        </li>
        <li className="flex items-start gap-nhs-3">
          <span aria-hidden="true" className="inline-block w-8 shrink-0 text-center font-bold">
            ▲▼
          </span>
          <span>
            Up or down since the footprint&apos;s previous period, by that many levels (= means no
            change). Overall maturity is the mean of the 15 ratings.
          </span>
        </li>
      </ul>
    </section>
  );
}
