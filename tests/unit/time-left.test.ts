import { describe, expect, it } from "vitest";
import { describeTimeLeft } from "@/lib/rounds/time-left";

describe("describeTimeLeft", () => {
  const closesAt = new Date("2027-01-29T12:00:00Z");
  it.each([
    ["2027-01-26T08:00:00Z", "3 days and 4 hours left"],
    ["2027-01-28T12:00:00Z", "1 day left"],
    ["2027-01-29T10:30:00Z", "1 hour and 30 minutes left"],
    ["2027-01-29T11:15:00Z", "45 minutes left"],
    ["2027-01-29T11:59:30Z", "less than a minute left"],
    ["2027-01-29T12:00:00Z", null],
    ["2027-01-29T12:00:01Z", null],
  ])("at %s: %s", (now, expected) => {
    expect(describeTimeLeft({ closesAt, now: new Date(now) })).toBe(expected);
  });
});
