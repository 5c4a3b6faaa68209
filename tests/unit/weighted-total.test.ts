import { describe, expect, it } from "vitest";
import { weightedTotal, type CriterionWeight } from "@/lib/scoring/weighted-total";

const equal: CriterionWeight[] = [
  { criterionId: "a", weight: 1 },
  { criterionId: "b", weight: 1 },
  { criterionId: "c", weight: 1 },
];
// The round's default criteria and weights.
const round: CriterionWeight[] = [
  { criterionId: "innovation", weight: 35 },
  { criterionId: "ambition", weight: 35 },
  { criterionId: "scale", weight: 30 },
];

describe("weightedTotal", () => {
  it.each<[string, Record<string, number>, CriterionWeight[], number | null]>([
    ["equal weights: the plain mean", { a: 3, b: 4, c: 5 }, equal, 4],
    // (35·4 + 35·3 + 30·5) / 100 = (140 + 105 + 150) / 100
    ["35/35/30 by hand", { innovation: 4, ambition: 3, scale: 5 }, round, 3.95],
    [
      "weights are relative: 70/70/60 is 35/35/30",
      { innovation: 4, ambition: 3, scale: 5 },
      round.map((w) => ({ ...w, weight: w.weight * 2 })),
      3.95,
    ],
    // (35·1 + 35·1 + 30·5) / 100: the lighter criterion moves the total less
    ["uneven weights favour the heavier", { innovation: 1, ambition: 1, scale: 5 }, round, 2.2],
    ["a weighted criterion with no score", { innovation: 4, ambition: 3 }, round, null],
    ["a score that is not a number", { a: 3, b: Number.NaN, c: 5 }, equal, null],
    ["every weight zero", { a: 3, b: 4, c: 5 }, equal.map((w) => ({ ...w, weight: 0 })), null],
    ["no criteria at all", { a: 3 }, [], null],
    ["a score for an unknown criterion is ignored", { a: 2, b: 4, c: 3, retired: 100 }, equal, 3],
    [
      "a criterion of weight 0 needs no score",
      { a: 2, b: 4 },
      [...equal.slice(0, 2), { criterionId: "c", weight: 0 }],
      3,
    ],
    [
      "an id that is a property of every object is still missing",
      { a: 2 },
      [{ criterionId: "constructor", weight: 1 }],
      null,
    ],
  ])("%s", (_name, scores, weights, expected) => {
    const total = weightedTotal({ scores, weights });
    if (expected === null) expect(total).toBeNull();
    else expect(total).toBeCloseTo(expected, 12);
  });

  it.each<[string, CriterionWeight[]]>([
    ["a negative weight", [{ criterionId: "a", weight: -1 }]],
    ["a weight that is not a number", [{ criterionId: "a", weight: Number.NaN }]],
    [
      "a criterion weighted twice",
      [
        { criterionId: "a", weight: 1 },
        { criterionId: "a", weight: 2 },
      ],
    ],
  ])("refuses %s", (_name, weights) => {
    expect(() => weightedTotal({ scores: { a: 3 }, weights })).toThrow(RangeError);
  });
});
