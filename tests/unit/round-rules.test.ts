import { describe, expect, it } from "vitest";
import { scoringFrozen, transitionProblem } from "@/lib/rounds/round-rules";

describe("transitionProblem", () => {
  const base = {
    criteria: [{ weight: 35 }, { weight: 35 }, { weight: 30 }],
    scalePoints: 5,
    closesAt: new Date("2027-01-29T12:00:00Z"),
    now: new Date("2026-11-01T12:00:00Z"),
  };
  it.each([
    ["DRAFT", "OPEN", {}, null],
    ["DRAFT", "OPEN", { criteria: [] }, /at least one criterion/],
    ["DRAFT", "OPEN", { scalePoints: 1 }, /scoring scale/],
    ["DRAFT", "OPEN", { now: new Date("2027-02-01T00:00:00Z") }, /closing time has passed/],
    ["DRAFT", "CLOSED", {}, /one step at a time/],
    ["OPEN", "CLOSED", {}, /change the closing time/],
    ["OPEN", "CLOSED", { now: new Date("2027-01-29T12:00:00Z") }, null],
    ["CLOSED", "IN_ASSESSMENT", {}, null],
    ["IN_ASSESSMENT", "DECIDED", {}, null],
    ["DECIDED", "PUBLISHED", {}, null],
    ["PUBLISHED", "DRAFT", {}, /one step at a time/],
    ["OPEN", "DRAFT", {}, /one step at a time/],
  ] as const)("%s → %s with %j", (from, to, change, expected) => {
    const problem = transitionProblem({ ...base, ...change, from, to });
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
  it("freezes scoring once a review exists", () => {
    expect(scoringFrozen({ reviews: 0 })).toBe(false);
    expect(scoringFrozen({ reviews: 1 })).toBe(true);
  });
});
