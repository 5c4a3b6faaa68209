import { describe, expect, it } from "vitest";
import { assessAttempt, delayAfter, MAX_DELAY_MS, minutesUntil } from "@/lib/auth/throttle-policy";

const limits = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const now = new Date("2026-11-23T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("assessAttempt", () => {
  it.each([
    { name: "no record", row: null, expected: { allowed: true, delayMs: 0 } },
    {
      name: "one recent failure",
      row: { failures: 1, windowStartsAt: minutesAgo(1), lockedUntil: null },
      expected: { allowed: true, delayMs: 0 },
    },
    {
      name: "three recent failures",
      row: { failures: 3, windowStartsAt: minutesAgo(1), lockedUntil: null },
      expected: { allowed: true, delayMs: 500 },
    },
    {
      name: "failures in a window that has ended",
      row: { failures: 4, windowStartsAt: minutesAgo(16), lockedUntil: null },
      expected: { allowed: true, delayMs: 0 },
    },
    {
      name: "a lock that has run out",
      row: { failures: 5, windowStartsAt: minutesAgo(5), lockedUntil: minutesAgo(1) },
      expected: { allowed: true, delayMs: 0 },
    },
  ])("allows an attempt with $name", ({ row, expected }) => {
    expect(assessAttempt({ row, now, limits })).toEqual(expected);
  });

  it("refuses while locked and says until when", () => {
    const lockedUntil = new Date(now.getTime() + 60_000);
    expect(
      assessAttempt({ row: { failures: 5, windowStartsAt: now, lockedUntil }, now, limits }),
    ).toEqual({
      allowed: false,
      retryAt: lockedUntil,
    });
  });
});

describe("delayAfter", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 250],
    [3, 500],
    [4, 1000],
    [5, 2000],
    [50, MAX_DELAY_MS],
  ])("after %i failures waits %i ms", (failures, ms) => {
    expect(delayAfter(failures)).toBe(ms);
  });
});

describe("minutesUntil", () => {
  it("rounds up, and never says zero", () => {
    expect(minutesUntil({ retryAt: new Date(now.getTime() + 61_000), now })).toBe(2);
    expect(minutesUntil({ retryAt: new Date(now.getTime() + 1_000), now })).toBe(1);
    expect(minutesUntil({ retryAt: now, now })).toBe(1);
  });
});
