import { describe, expect, it } from "vitest";
import { describeLeniency, formatSigned } from "@/lib/scoring/describe-leniency";

describe("describeLeniency", () => {
  it.each([
    [-0.6, 4, 1, "marks hard"],
    [0.6, 4, 1, "marks soft"],
    [0.25, 4, 1, "close to the average"],
    [-0.25, 4, 1, "close to the average"],
    [0.26, 4, 1, "marks soft"],
    [0.6, 1, 1, "too few to say"],
    [0, 3, 0, "close to the average"],
  ] as const)(
    "leniency %d over %d reviews (round sd %d) %s",
    (leniency, count, overallSd, label) => {
      expect(describeLeniency({ leniency, count, overallSd })).toBe(label);
    },
  );
});

describe("formatSigned", () => {
  it("signs differences with a true minus and never shows −0.00", () => {
    expect(formatSigned(0.421)).toBe("+0.42");
    expect(formatSigned(-0.3)).toBe("−0.30");
    expect(formatSigned(-0.001)).toBe("0.00");
    expect(formatSigned(0)).toBe("0.00");
  });
});
