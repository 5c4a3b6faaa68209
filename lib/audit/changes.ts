/**
 * The before and after of an audit event, field by field: every field the change wrote whose value
 * differs, and nothing else, so each event says exactly what changed (issue 10: some events had
 * before equal to after, or left changed fields out). Pure; tests/unit/audit-changes.test.ts.
 */
import type { Prisma } from "../generated/prisma/client";

type Json = Prisma.InputJsonValue | null;

function isDecimal(value: object): value is { toString(): string } {
  return (
    "d" in value &&
    "e" in value &&
    "s" in value &&
    typeof (value as { toFixed?: unknown }).toFixed === "function"
  );
}

/** A value as the audit log keeps it: dates as ISO strings, decimals as numbers, sets of ids sorted. */
export function auditValue(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) {
    const items = value.map(auditValue);
    return items.every((item) => typeof item === "string")
      ? [...(items as string[])].sort()
      : (items as Prisma.InputJsonValue[]);
  }
  if (typeof value === "object") {
    // Prisma's Decimal (decimal.js: digits `d`, exponent `e`, sign `s`) as the number it holds, so
    // a threshold of 1.50 read back compares equal to the 1.5 a form wrote.
    if (isDecimal(value)) return Number(value.toString());
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, auditValue(v)]),
    ) as Prisma.InputJsonValue;
  }
  return value as Prisma.InputJsonValue;
}

/**
 * The fields of `after` (what the change wrote) whose values differ from `before`, each side with
 * only those fields. Fields absent from `after` were not written and are not compared.
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, Json>; after: Record<string, Json>; changed: string[] } {
  const result = {
    before: {} as Record<string, Json>,
    after: {} as Record<string, Json>,
    changed: [] as string[],
  };
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const was = auditValue(before[key]);
    const now = auditValue(value);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    result.before[key] = was;
    result.after[key] = now;
    result.changed.push(key);
  }
  return result;
}

/** `changedFields` as the `before` and `after` of `recordAuditEvent`. */
export function auditChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, Json>; after: Record<string, Json> } {
  const changes = changedFields(before, after);
  return { before: changes.before, after: changes.after };
}
