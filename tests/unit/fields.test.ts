import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  calendarDate,
  checkbox,
  choice,
  containsNonText,
  decimal,
  id,
  money,
  optionalWholeNumber,
  percentage,
  score,
  text,
  ukDateTime,
  version,
  wholeNumber,
} from "@/lib/forms/fields";

function parse(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, message: result.error.issues[0]!.message };
}

/** Values no number field may convert: other notations, padding, signs, overflow, forgeries. */
const NOT_DIGITS: unknown[] = [
  "0x10",
  "1e1",
  "1E1",
  "Infinity",
  "-Infinity",
  "NaN",
  "1e309",
  " 5",
  "5 ",
  "05",
  "+5",
  "-5",
  "5.0",
  "٥",
  "５",
  "5\u0000",
  "9".repeat(400),
  ["5", "6"],
  5,
  {},
  true,
];

describe("wholeNumber", () => {
  const pilots = wholeNumber({ label: "Pilot places", min: 1, max: 100 });
  it.each([
    ["1", 1],
    ["7", 7],
    ["100", 100],
  ])("reads %j as %d", (input, expected) => {
    expect(parse(pilots, input)).toEqual({ ok: true, value: expected });
  });
  it.each(NOT_DIGITS)("refuses %j with the range message", (input) => {
    expect(parse(pilots, input)).toEqual({
      ok: false,
      message: "Pilot places must be a whole number from 1 to 100",
    });
  });
  it.each(["0", "101"])("refuses %j as out of range", (input) => {
    expect(parse(pilots, input).ok).toBe(false);
  });
  it("asks for a missing value", () => {
    expect(parse(pilots, "")).toEqual({ ok: false, message: "Enter pilot places" });
    expect(parse(pilots, undefined)).toEqual({ ok: false, message: "Enter pilot places" });
    const custom = wholeNumber({ label: "Places", min: 1, max: 9, required: "Enter the places" });
    expect(parse(custom, "")).toEqual({ ok: false, message: "Enter the places" });
  });
  it("optionalWholeNumber reads blank as null and refuses the rest alike", () => {
    const cap = optionalWholeNumber({ label: "The cap", min: 1, max: 7 });
    expect(parse(cap, "")).toEqual({ ok: true, value: null });
    expect(parse(cap, undefined)).toEqual({ ok: true, value: null });
    expect(parse(cap, "3")).toEqual({ ok: true, value: 3 });
    for (const input of NOT_DIGITS) expect(parse(cap, input).ok).toBe(false);
  });
});

describe("decimal", () => {
  const threshold = decimal({ label: "The threshold", min: 0, max: 99, places: 2 });
  it.each([
    ["0", 0],
    ["1.5", 1.5],
    ["1.25", 1.25],
    ["99", 99],
  ])("reads %j", (input, expected) => {
    expect(parse(threshold, input)).toEqual({ ok: true, value: expected });
  });
  it.each([...NOT_DIGITS.filter((v) => v !== "5.0"), "1.255", ".5", "1.", "100"])(
    "refuses %j",
    (input) => {
      expect(parse(threshold, input).ok).toBe(false);
    },
  );
});

describe("percentage", () => {
  it("is a whole number to 100", () => {
    const weight = percentage({ label: "The weight", min: 1 });
    expect(parse(weight, "40")).toEqual({ ok: true, value: 40 });
    expect(parse(weight, "0").ok).toBe(false);
    expect(parse(weight, "101").ok).toBe(false);
    expect(parse(weight, "40%").ok).toBe(false);
  });
});

describe("money", () => {
  const budget = money({ label: "The budget" });
  it.each([
    ["0", 0],
    ["12500", 1_250_000],
    ["12,500", 1_250_000],
    ["£12,500.50", 1_250_050],
    ["£1,234,567.8", 123_456_780],
    ["10000000", 1_000_000_000],
  ])("reads %j as %d pence", (input, expected) => {
    expect(parse(budget, input)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ...NOT_DIGITS.filter((v) => v !== "5.0"),
    "12,50",
    "1,2500",
    "£",
    "£-5",
    "12500.505",
    "10000000.01",
    "$5",
  ])("refuses %j", (input) => {
    expect(parse(budget, input).ok).toBe(false);
  });
  it("says why a negative amount is refused", () => {
    expect(parse(budget, "-5")).toEqual({ ok: false, message: "The budget must be £0 or more" });
  });
});

describe("score", () => {
  const innovation = score({ label: "Innovation", values: [0, 1, 2, 3, 4] });
  it("reads a point on the scale, and blank as not scored", () => {
    expect(parse(innovation, "3")).toEqual({ ok: true, value: 3 });
    expect(parse(innovation, "0")).toEqual({ ok: true, value: 0 });
    expect(parse(innovation, "")).toEqual({ ok: true, value: null });
  });
  it.each([...NOT_DIGITS, "5", "2.5"])("refuses %j", (input) => {
    expect(parse(innovation, input)).toEqual({
      ok: false,
      message: "Choose a score for innovation from 0 to 4",
    });
  });
  it("can require a score", () => {
    const required = score({ label: "Scale", values: [1, 2], required: "Choose a score" });
    expect(parse(required, "")).toEqual({ ok: false, message: "Choose a score" });
  });
});

describe("calendarDate", () => {
  const starts = calendarDate({ label: "The start date", required: "Enter the start date" });
  it("reads a real date as midnight UTC", () => {
    expect(parse(starts, "2027-03-31")).toEqual({
      ok: true,
      value: new Date("2027-03-31T00:00:00Z"),
    });
  });
  it.each(["2027-02-30", "2027-13-01", "27-03-31", "1899-12-31", "2101-01-01", "2027-3-31", [""]])(
    "refuses %j",
    (input) => {
      expect(parse(starts, input).ok).toBe(false);
    },
  );
  it("reads blank as null unless required", () => {
    expect(parse(calendarDate({ label: "The end date" }), "")).toEqual({ ok: true, value: null });
    expect(parse(starts, "")).toEqual({ ok: false, message: "Enter the start date" });
  });
});

describe("ukDateTime", () => {
  const closes = ukDateTime({ label: "The closing time", required: "Enter the closing time" });
  it("reads UK winter and summer times", () => {
    expect(parse(closes, "2027-01-29T12:00")).toEqual({
      ok: true,
      value: new Date("2027-01-29T12:00:00Z"),
    });
    expect(parse(closes, "2027-06-01T12:00")).toEqual({
      ok: true,
      value: new Date("2027-06-01T11:00:00Z"),
    });
  });
  it("refuses the hour the clocks skip and the one they repeat", () => {
    expect(parse(closes, "2027-03-28T01:30")).toMatchObject({
      ok: false,
      message: expect.stringContaining("clocks go forward"),
    });
    expect(parse(closes, "2027-10-31T01:30")).toMatchObject({
      ok: false,
      message: expect.stringContaining("clocks go back"),
    });
  });
  it.each(["2027-01-29", "2027-01-29T25:00", "9999-01-01T00:00", "0001-01-01T00:00"])(
    "refuses %j",
    (input) => {
      expect(parse(closes, input).ok).toBe(false);
    },
  );
});

describe("text", () => {
  const about = text({ label: "About you", max: 10, required: "Tell us about you" });
  it("trims and folds Windows line ends", () => {
    expect(parse(about, "  a\r\nb  ")).toEqual({ ok: true, value: "a\nb" });
  });
  it.each(["a\u0000b", "a\u0007b", "\uD800", "a\uDC00", "x\u007F"])(
    "refuses characters that are not text in %j",
    (input) => {
      expect(parse(about, input)).toEqual({
        ok: false,
        message: "About you contains characters that are not text: remove them",
      });
    },
  );
  it("keeps emoji (a surrogate pair) and tabs", () => {
    expect(parse(about, "a\t😀")).toEqual({ ok: true, value: "a\t😀" });
  });
  it("says how long it may be, and asks when required", () => {
    expect(parse(about, "x".repeat(11))).toEqual({
      ok: false,
      message: "About you must be 10 characters or fewer",
    });
    expect(parse(about, "   ")).toEqual({ ok: false, message: "Tell us about you" });
    expect(parse(about, ["a", "b"]).ok).toBe(false);
  });
  it("containsNonText is the same rule", () => {
    expect(containsNonText("ok\n")).toBe(false);
    expect(containsNonText("no\u0000")).toBe(true);
    // Invalid UTF-8 in a form post arrives as U+FFFD.
    expect(containsNonText("caf\uFFFD")).toBe(true);
  });
});

describe("id, version, checkbox, choice", () => {
  it("id accepts cuids and seed ids only", () => {
    const bidId = id();
    expect(parse(bidId, "cmabc123def456ghi789jkl0").ok).toBe(true);
    expect(parse(bidId, "seed-footprint-ics-qxu").ok).toBe(true);
    for (const input of ["", "../etc", "a b", "x".repeat(101), "a'--", "a\u0000", ["a", "b"]])
      expect(parse(bidId, input).ok).toBe(false);
  });
  it("version is required and digits only", () => {
    const v = version({ min: 1 });
    expect(parse(v, "3")).toEqual({ ok: true, value: 3 });
    for (const input of [undefined, "", "0", "1e1", "-1", " 1", ["1", "2"]])
      expect(parse(v, input).ok).toBe(false);
  });
  it("checkbox is ticked or not, nothing else", () => {
    const ticked = checkbox();
    expect(parse(ticked, "on")).toEqual({ ok: true, value: true });
    expect(parse(ticked, undefined)).toEqual({ ok: true, value: false });
    expect(parse(ticked, "maybe").ok).toBe(false);
  });
  it("choice keeps to its values", () => {
    const kind = choice(["ICS", "STP"] as const, { message: "Choose a kind" });
    expect(parse(kind, "ICS")).toEqual({ ok: true, value: "ICS" });
    expect(parse(kind, "ics")).toEqual({ ok: false, message: "Choose a kind" });
    expect(parse(kind, ["ICS", "STP"])).toEqual({ ok: false, message: "Choose a kind" });
  });
});

describe("fields inside an object", () => {
  it("read a field the form left out as empty, running the field's own rule", async () => {
    const { z } = await import("zod");
    const schema = z.object({
      note: text({ label: "Note", max: 10 }),
      ticked: checkbox(),
      cap: optionalWholeNumber({ label: "Cap", min: 1, max: 5 }),
      places: wholeNumber({ label: "Places", min: 1, max: 9 }),
    });
    const result = schema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["places", "Enter places"],
    ]);
    expect(schema.parse({ places: "3" })).toEqual({
      note: "",
      ticked: false,
      cap: null,
      places: 3,
    });
  });
});
