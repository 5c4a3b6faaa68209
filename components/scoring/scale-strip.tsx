/**
 * Shared pieces of the ranking's pictures: each row is an HTML label beside an SVG strip whose
 * x positions are percentages of its width, so circles stay round and text stays its own size at
 * any page width (a viewBox would shrink the numbers on a phone and stretch them at 960px).
 * Colours are NHS.UK's and meet 3:1 against white for every mark that carries meaning.
 */

export const CHART = {
  blue: "#005eb8",
  text: "#212b32",
  grey: "#4c6272",
  red: "#d5281b",
  gridline: "#d8dde0",
} as const;

/** Room at each end, so a dot or number at the scale's ends is not cut off. */
const PAD = 4;

/**
 * A picture's row: the label beside the strip from the small-tablet width up, above it on a
 * phone, where a label column would leave the strip too narrow to read.
 */
export const ROW_GRID =
  "grid grid-cols-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-nhs-3";

/** Where a value sits on the strip, in percent of its width. */
export function scaleX({ value, low, high }: { value: number; low: number; high: number }) {
  const fraction = high > low ? (value - low) / (high - low) : 0.5;
  return `${(PAD + Math.min(1, Math.max(0, fraction)) * (100 - 2 * PAD)).toFixed(3)}%`;
}

/** The scale's points (1, 2, … 5), for gridlines and the axis. */
export function scalePoints({ low, high }: { low: number; high: number }): number[] {
  const points: number[] = [];
  for (let v = Math.ceil(low); v <= high; v += 1) points.push(v);
  return points;
}

const DOT_STEP = 9;

/**
 * Vertical offsets for dots, so that equal (or nearly equal) totals sit one above another
 * rather than hiding each other. Returns each value's offset in pixels, in input order.
 */
export function stackDots({
  values,
  low,
  high,
}: {
  values: readonly number[];
  low: number;
  high: number;
}): number[] {
  // Dots closer than about a dot's width on a strip some 600px wide count as one place.
  const near = (high - low) * 0.02;
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const offsets = new Array<number>(values.length).fill(0);
  let group: { value: number; index: number }[] = [];
  const flush = () => {
    group.forEach((item, k) => {
      offsets[item.index] = (k - (group.length - 1) / 2) * DOT_STEP;
    });
    group = [];
  };
  for (const item of order) {
    if (group.length > 0 && item.value - group[0]!.value > near) flush();
    group.push(item);
  }
  flush();
  return offsets;
}

/** The tallest stack in a set of rows decides the row height, so no dot leaves its row. */
export function rowHeight(stacks: readonly (readonly number[])[]): number {
  const reach = Math.max(0, ...stacks.flat().map(Math.abs));
  return Math.max(36, Math.ceil(2 * reach + 24));
}

/** Faint lines at each point of the scale, behind the marks. */
export function Gridlines({ low, high }: { low: number; high: number }) {
  return (
    <>
      {scalePoints({ low, high }).map((v) => (
        <line
          key={v}
          x1={scaleX({ value: v, low, high })}
          x2={scaleX({ value: v, low, high })}
          y1="0"
          y2="100%"
          stroke={CHART.gridline}
          strokeWidth="1"
        />
      ))}
    </>
  );
}

/** The numbers of the scale above a column of strips. Decorative: each strip names its values. */
export function ScaleAxis({ low, high, label }: { low: number; high: number; label: string }) {
  return (
    <div aria-hidden="true" className={ROW_GRID}>
      <span className="hidden self-end pb-nhs-1 text-right text-nhs-16 text-nhs-secondary-text sm:block">
        {label}
      </span>
      <svg width="100%" height="28" className="block overflow-visible">
        {scalePoints({ low, high }).map((v) => (
          <text
            key={v}
            x={scaleX({ value: v, low, high })}
            y="20"
            textAnchor="middle"
            fontSize="16"
            fill={CHART.text}
          >
            {v}
          </text>
        ))}
      </svg>
    </div>
  );
}

/** A hollow dot: an assessor's total. Hollow, so dots over each other and the line stay visible. */
export function Dot({ x, y }: { x: string; y: number }) {
  return <circle cx={x} cy={y} r="6" fill="white" stroke={CHART.blue} strokeWidth="2.5" />;
}

/** The key to a picture's marks: each entry a small drawing and what it means. */
export function Legend({ items }: { items: { mark: React.ReactNode; text: string }[] }) {
  return (
    <ul className="m-0 mb-nhs-3 flex list-none flex-wrap gap-x-nhs-4 gap-y-nhs-2 p-0 text-nhs-16">
      {items.map((item) => (
        <li key={item.text} className="flex items-center gap-nhs-2">
          <svg aria-hidden="true" width="28" height="20" className="shrink-0">
            {item.mark}
          </svg>
          {item.text}
        </li>
      ))}
    </ul>
  );
}
