/** UK time for everything shown to people (DESIGN.md: deadlines are in Europe/London time). */
export const UK_TIME_ZONE = "Europe/London";

export function formatUkDateTime(instant: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: UK_TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hour12: true,
    timeZoneName: "short",
  }).format(instant);
}

export function formatUkDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: UK_TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(instant);
}
