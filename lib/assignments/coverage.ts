/**
 * Coverage of a footprint: every open workstream should have a current non-executive lead, and
 * every active board seat a holder (DESIGN.md, "Assignment rules"). Pure, so the grid, the figure
 * and the CSV all count the same way.
 */
export type CoverageTarget = {
  kind: "workstream" | "seat";
  id: string;
  name: string;
  /** Current assignments (ended ones excluded). */
  assignments: { role: "LEAD" | "MEMBER"; personName: string }[];
};

export type CoverageRow = CoverageTarget & {
  lead: string | null;
  members: string[];
  covered: boolean;
};

export function computeCoverage(targets: CoverageTarget[]): {
  rows: CoverageRow[];
  covered: number;
  total: number;
  percent: number;
} {
  const rows = targets.map((target) => {
    // A seat is covered by whoever holds it; a workstream only by a non-executive lead.
    const leadAssignment =
      target.kind === "seat"
        ? target.assignments[0]
        : target.assignments.find((a) => a.role === "LEAD");
    const lead = leadAssignment?.personName ?? null;
    const members = target.assignments.filter((a) => a !== leadAssignment).map((a) => a.personName);
    return { ...target, lead, members, covered: lead !== null };
  });
  const covered = rows.filter((row) => row.covered).length;
  const total = rows.length;
  return { rows, covered, total, percent: total === 0 ? 100 : Math.round((covered / total) * 100) };
}
