import { describe, expect, it } from "vitest";
import { londonTimeToInstant, resolveLondonTime, toLondonLocal } from "@/lib/rounds/london-time";

describe("resolveLondonTime", () => {
  it.each([
    // Winter (GMT = UTC+0)
    ["2027-01-29T12:00", "2027-01-29T12:00:00.000Z"],
    ["2026-12-31T23:59", "2026-12-31T23:59:00.000Z"],
    // Summer (BST = UTC+1)
    ["2026-07-15T12:00", "2026-07-15T11:00:00.000Z"],
    ["2026-10-01T09:00", "2026-10-01T08:00:00.000Z"],
    // Either side of the spring change (29 March 2026, 01:00 GMT → 02:00 BST)
    ["2026-03-29T00:59", "2026-03-29T00:59:00.000Z"],
    ["2026-03-29T02:00", "2026-03-29T01:00:00.000Z"],
    // Either side of the autumn change (25 October 2026, 02:00 BST → 01:00 GMT)
    ["2026-10-25T00:59", "2026-10-24T23:59:00.000Z"],
    ["2026-10-25T02:00", "2026-10-25T02:00:00.000Z"],
    // Midnight into a new year
    ["2027-01-01T00:00", "2027-01-01T00:00:00.000Z"],
  ])("%s in London is %s", (local, iso) => {
    expect(resolveLondonTime(local)).toEqual({ kind: "ok", instant: new Date(iso) });
    expect(toLondonLocal(new Date(iso))).toBe(local);
  });

  it.each(["2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T01:59", "2027-03-28T01:15"])(
    "%s does not exist (the clocks go forward)",
    (local) => {
      expect(resolveLondonTime(local)).toEqual({ kind: "nonexistent" });
    },
  );

  it.each([
    ["2026-10-25T01:00", "2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"],
    ["2026-10-25T01:59", "2026-10-25T00:59:00.000Z", "2026-10-25T01:59:00.000Z"],
  ])("%s happens twice (the clocks go back)", (local, earlier, later) => {
    expect(resolveLondonTime(local)).toEqual({
      kind: "ambiguous",
      earlier: new Date(earlier),
      later: new Date(later),
    });
  });

  it.each([
    "",
    "2027-02-30T12:00",
    "2027-01-29 12:00",
    "2027-01-29T24:00",
    "2027-13-01T00:00",
    "nonsense",
  ])("%j is not a date and time", (local) => {
    expect(resolveLondonTime(local)).toEqual({ kind: "invalid" });
  });

  it("converts an unambiguous time and refuses one that is not", () => {
    expect(londonTimeToInstant("2027-01-29T12:00").toISOString()).toBe("2027-01-29T12:00:00.000Z");
    expect(() => londonTimeToInstant("2026-03-29T01:30")).toThrow(/nonexistent/);
  });
});
