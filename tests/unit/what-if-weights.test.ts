import { describe, expect, it } from "vitest";
import {
  listWeights,
  parseWhatIfWeights,
  weightFields,
  weightQuery,
  ZSaveWeights,
} from "@/lib/scoring/what-if-weights";

const criteria = [
  { id: "inn", name: "Innovation", weight: 35 },
  { id: "amb", name: "Ambition", weight: 35 },
  { id: "sca", name: "Scale", weight: 30 },
];
const saved = [
  { criterionId: "inn", weight: 35 },
  { criterionId: "amb", weight: 35 },
  { criterionId: "sca", weight: 30 },
];

describe("parseWhatIfWeights", () => {
  it("uses the saved weights when the query has none", () => {
    expect(parseWhatIfWeights({ params: { sort: "rank" }, criteria })).toEqual({
      weights: saved,
      values: { inn: "35", amb: "35", sca: "30" },
      errors: {},
      whatIf: false,
    });
  });

  it("ranks with the weights asked for, keeping saved ones for criteria not given", () => {
    const result = parseWhatIfWeights({ params: { "w-inn": "70", "w-sca": "1" }, criteria });
    expect(result.weights).toEqual([
      { criterionId: "inn", weight: 70 },
      { criterionId: "amb", weight: 35 },
      { criterionId: "sca", weight: 1 },
    ]);
    expect(result.whatIf).toBe(true);
    expect(result.errors).toEqual({});
  });

  it("is not a what-if when every weight given is the saved one", () => {
    const result = parseWhatIfWeights({
      params: { "w-inn": "35", "w-amb": "35", "w-sca": "30" },
      criteria,
    });
    expect(result.whatIf).toBe(false);
  });

  it.each([
    ["", "Enter a weight for Ambition"],
    ["   ", "Enter a weight for Ambition"],
    ["0", "The weight for Ambition must be a whole number from 1 to 100"],
    ["101", "The weight for Ambition must be a whole number from 1 to 100"],
    ["2.5", "The weight for Ambition must be a whole number from 1 to 100"],
    ["-3", "The weight for Ambition must be a whole number from 1 to 100"],
    [" 70 ", "The weight for Ambition must be a whole number from 1 to 100"],
    ["1e1", "The weight for Ambition must be a whole number from 1 to 100"],
    ["1e2", "The weight for Ambition must be a whole number from 1 to 100"],
    ["ten", "The weight for Ambition must be a whole number from 1 to 100"],
  ])("refuses %j and falls back to the saved weights for every criterion", (text, message) => {
    const result = parseWhatIfWeights({ params: { "w-inn": "70", "w-amb": text }, criteria });
    expect(result.errors).toEqual({ amb: message });
    expect(result.weights).toEqual(saved);
    expect(result.whatIf).toBe(false);
    // What was typed is kept, so the form shows it back beside the error.
    expect(result.values).toEqual({ inn: "70", amb: text, sca: "30" });
  });

  it("accepts the bounds 1 and 100", () => {
    const result = parseWhatIfWeights({ params: { "w-inn": "100", "w-amb": "1" }, criteria });
    expect(result.errors).toEqual({});
    expect(result.weights.map((w) => w.weight)).toEqual([100, 1, 30]);
  });

  it("takes the first of a repeated parameter and ignores unknown criteria", () => {
    const result = parseWhatIfWeights({
      params: { "w-inn": ["20", "90"], "w-other": "5" },
      criteria,
    });
    expect(result.weights.map((w) => w.weight)).toEqual([20, 35, 30]);
  });
});

describe("weightQuery", () => {
  it("is empty for the saved weights, so links stay clean", () => {
    expect(weightQuery({ weights: saved, criteria })).toEqual([]);
  });

  it("carries every weight once one differs", () => {
    expect(
      weightQuery({ weights: [{ criterionId: "inn", weight: 7 }, ...saved.slice(1)], criteria }),
    ).toEqual([
      ["w-inn", "7"],
      ["w-amb", "35"],
      ["w-sca", "30"],
    ]);
  });
});

describe("the save form", () => {
  it("reads the w- fields as criterion weights", () => {
    const raw = { roundId: "r1", version: "4", "w-inn": "40", "w-amb": "40", sort: "spread" };
    expect(ZSaveWeights.parse({ ...raw, weights: weightFields(raw) })).toEqual({
      roundId: "r1",
      version: 4,
      weights: { inn: 40, amb: 40 },
    });
  });

  it("refuses a bad weight, a missing version and a form with no weights", () => {
    const raw = { roundId: "r1", version: "4", "w-inn": "0" };
    expect(ZSaveWeights.safeParse({ ...raw, weights: weightFields(raw) }).success).toBe(false);
    const noVersion = { roundId: "r1", "w-inn": "3" };
    expect(ZSaveWeights.safeParse({ ...noVersion, weights: weightFields(noVersion) }).success).toBe(
      false,
    );
    const none = { roundId: "r1", version: "4", "w-": "3" };
    expect(ZSaveWeights.safeParse({ ...none, weights: weightFields(none) }).success).toBe(false);
  });
});

describe("listWeights", () => {
  it("reads as a sentence", () => {
    expect(listWeights(saved)).toBe("35, 35 and 30");
    expect(listWeights(saved.slice(0, 1))).toBe("35");
    expect(listWeights([])).toBe("");
  });
});
