/** "3 days and 4 hours left", "45 minutes left", or null once the deadline has passed. */
export function describeTimeLeft({ closesAt, now }: { closesAt: Date; now: Date }): string | null {
  const ms = closesAt.getTime() - now.getTime();
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (days > 0) return `${plural(days, "day")}${hours ? ` and ${plural(hours, "hour")}` : ""} left`;
  if (hours > 0)
    return `${plural(hours, "hour")}${mins ? ` and ${plural(mins, "minute")}` : ""} left`;
  return minutes > 0 ? `${plural(mins, "minute")} left` : "less than a minute left";
}
