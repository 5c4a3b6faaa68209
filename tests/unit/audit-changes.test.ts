import { describe, expect, it } from "vitest";
import { auditChanges, auditValue, changedFields } from "@/lib/audit/changes";

describe("changedFields", () => {
  it("keeps exactly the written fields whose values differ", () => {
    const before = { title: "A", places: 7, opensAt: new Date("2027-01-01T00:00:00Z"), slug: "a" };
    const after = { title: "B", places: 7, opensAt: new Date("2027-02-01T00:00:00Z") };
    expect(changedFields(before, after)).toEqual({
      before: { title: "A", opensAt: "2027-01-01T00:00:00.000Z" },
      after: { title: "B", opensAt: "2027-02-01T00:00:00.000Z" },
      changed: ["title", "opensAt"],
    });
  });
  it("treats a set of ids in another order, and a decimal and its number, as unchanged", () => {
    const decimal = { d: [1, 5000000], e: 0, s: 1, toFixed: () => "1.5", toString: () => "1.5" };
    expect(
      changedFields(
        { skillIds: ["b", "a"], threshold: decimal },
        { skillIds: ["a", "b"], threshold: 1.5 },
      ).changed,
    ).toEqual([]);
  });
  it("records a field set to null, and skips one not written", () => {
    expect(
      auditChanges({ closedAt: new Date(0), name: "x" }, { closedAt: null, name: undefined }),
    ).toEqual({
      before: { closedAt: "1970-01-01T00:00:00.000Z" },
      after: { closedAt: null },
    });
  });
  it("keeps nested values as JSON", () => {
    expect(auditValue({ a: [{ b: new Date(0) }], c: undefined, d: 10n })).toEqual({
      a: [{ b: "1970-01-01T00:00:00.000Z" }],
      d: "10",
    });
  });
});
