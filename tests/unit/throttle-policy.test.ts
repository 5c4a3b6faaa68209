import { describe, expect, it } from "vitest";
import { delayAfter, MAX_DELAY_MS, minutesUntil } from "@/lib/auth/throttle-policy";

const now = new Date("2026-11-23T10:00:00Z");

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
