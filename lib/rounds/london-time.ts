/**
 * UK wall-clock time ↔ instants. Rounds open and close at times entered in Europe/London local
 * time (docs/domain.md, "Funding round"), which is GMT (UTC+0) in winter and BST (UTC+1) in summer.
 * At the spring change one local hour never happens (01:00–01:59 on the last Sunday of March) and
 * at the autumn change one happens twice (01:00–01:59 on the last Sunday of October): both are
 * reported rather than guessed, because a deadline must not be an hour out.
 */
import { UK_TIME_ZONE } from "../format/dates";

export type LondonTimeResult =
  | { kind: "ok"; instant: Date }
  | { kind: "ambiguous"; earlier: Date; later: Date }
  | { kind: "nonexistent" }
  | { kind: "invalid" };

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The London wall-clock reading of an instant, as "YYYY-MM-DDTHH:mm". */
export function toLondonLocal(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: UK_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Every instant whose London reading is `local` ("2027-01-29T12:00"): none, one or two. */
export function resolveLondonTime(local: string): LondonTimeResult {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) return { kind: "invalid" };
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const check = new Date(asUtc);
  // Date.UTC rolls 31 February into March: reject dates and times that do not exist at all.
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo! - 1 ||
    check.getUTCDate() !== d ||
    h! > 23 ||
    mi! > 59
  ) {
    return { kind: "invalid" };
  }
  // London is UTC+0 or UTC+1, so the instant is the local reading taken as UTC, less 0 or 1 hour.
  const candidates = [asUtc - 3_600_000, asUtc]
    .map((ms) => new Date(ms))
    .filter((instant) => toLondonLocal(instant) === local);
  if (candidates.length === 0) return { kind: "nonexistent" };
  if (candidates.length === 2)
    return { kind: "ambiguous", earlier: candidates[0]!, later: candidates[1]! };
  return { kind: "ok", instant: candidates[0]! };
}

/** The instant of an unambiguous London time; throws on a time that does not exist or happens twice. */
export function londonTimeToInstant(local: string): Date {
  const result = resolveLondonTime(local);
  if (result.kind !== "ok") throw new Error(`${local} is ${result.kind} in Europe/London`);
  return result.instant;
}
