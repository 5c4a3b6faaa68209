/** UK time for everything shown to people (DESIGN.md: deadlines are in Europe/London time). */
export const UK_TIME_ZONE = "Europe/London";

/**
 * "29 January 2027 at midday GMT", "1 October 2026 at 9:30am BST": the GOV.UK and NHS.UK style for
 * times (am/pm with no space, "midday" and "midnight"), with the zone so a deadline is unambiguous.
 */
export function formatUkDateTime(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: UK_TIME_ZONE,
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  let time: string;
  if (minute === 0 && hour === 12) time = "midday";
  else if (minute === 0 && hour === 0) time = "midnight";
  else {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    time = `${h12}${minute ? `:${String(minute).padStart(2, "0")}` : ""}${hour < 12 ? "am" : "pm"}`;
  }
  return `${formatUkDate(instant)} at ${time} ${parts.timeZoneName}`;
}

export function formatUkDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: UK_TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}

/** The calendar date in the UK at `instant`, as YYYY-MM-DD. */
export function ukDateString(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: UK_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/** A YYYY-MM-DD date as the Date Prisma stores in a `@db.Date` column (midnight UTC). */
export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
