/** Calendar dates and UK wall-clock times, as the seed writes them. */

export const DAY_MS = 86_400_000;

/** A calendar date (a @db.Date column) as Prisma wants it: midnight UTC. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function laterOf(a: Date, b: Date): Date {
  return a > b ? a : b;
}

export function earlierOf(a: Date, b: Date): Date {
  return a < b ? a : b;
}

export function parseCompactDate(value: string): Date | null {
  if (!value) return null;
  return day(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`);
}

/** The UTC offset of Europe/London at an instant, in milliseconds (0 in GMT, one hour in BST). */
function getLondonOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - instant.getTime();
}

/**
 * The instant of a UK wall-clock time ("2026-10-01T09:00"). Rounds open and close in UK time, which
 * is UTC+1 in summer; the second pass settles times near a clock change.
 */
export function londonTime(local: string): Date {
  const asUtc = new Date(`${local}:00.000Z`).getTime();
  const firstGuess = asUtc - getLondonOffsetMs(new Date(asUtc));
  return new Date(asUtc - getLondonOffsetMs(new Date(firstGuess)));
}
