import { describe, expect, it } from "vitest";
import { computeCoverage, type CoverageTarget } from "@/lib/assignments/coverage";

const ws = (name: string, assignments: CoverageTarget["assignments"]): CoverageTarget => ({
  kind: "workstream",
  id: name,
  name,
  assignments,
});

describe("computeCoverage", () => {
  it("counts a workstream as covered only with a current lead, and a seat with any holder", () => {
    const result = computeCoverage([
      ws("Cancer", [
        { role: "LEAD", personName: "A" },
        { role: "MEMBER", personName: "B" },
      ]),
      ws("Digital", [{ role: "MEMBER", personName: "C" }]),
      ws("Estates", []),
      {
        kind: "seat",
        id: "s1",
        name: "Seat 1",
        assignments: [{ role: "MEMBER", personName: "D" }],
      },
    ]);
    expect(result.rows.map((r) => [r.name, r.covered, r.lead, r.members])).toEqual([
      ["Cancer", true, "A", ["B"]],
      ["Digital", false, null, ["C"]],
      ["Estates", false, null, []],
      ["Seat 1", true, "D", []],
    ]);
    expect(result).toMatchObject({ covered: 2, total: 4, percent: 50 });
  });

  it("calls an empty footprint fully covered rather than dividing by zero", () => {
    expect(computeCoverage([])).toMatchObject({ covered: 0, total: 0, percent: 100 });
  });

  it("rounds the percentage", () => {
    expect(
      computeCoverage([ws("a", [{ role: "LEAD", personName: "x" }]), ws("b", []), ws("c", [])])
        .percent,
    ).toBe(33);
  });
});
