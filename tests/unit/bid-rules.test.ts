import { describe, expect, it } from "vitest";
import {
  budgetTotal,
  containsMarkup,
  parsePounds,
  penceToPoundsInput,
  roundTakesBids,
  submissionProblems,
  ZSectionBody,
} from "@/lib/bids/bid-rules";
import { BID_SECTIONS } from "@/lib/bids/sections";

describe("containsMarkup", () => {
  it.each([
    ["<script>alert(1)</script>", true],
    ["<b>bold</b>", true],
    ["< img src=x onerror=alert(1)>", true],
    ["<!-- comment -->", true],
    ["</p>", true],
    ["costs < £5,000 and > £1,000", false],
    ["a <= b, 3 < 4", false],
    ["plain text with an ampersand & quotes \"'", false],
  ])("%j → %s", (text, expected) => {
    expect(containsMarkup(text)).toBe(expected);
  });
});

describe("ZSectionBody", () => {
  it("accepts plain text up to the limit and normalises line endings", () => {
    expect(ZSectionBody.parse("line one\r\nline two")).toBe("line one\nline two");
    expect(ZSectionBody.safeParse("x".repeat(5000)).success).toBe(true);
  });
  it("refuses oversize text and markup", () => {
    expect(ZSectionBody.safeParse("x".repeat(5001)).error?.issues[0]?.message).toMatch(
      /5,000 characters or fewer/,
    );
    expect(ZSectionBody.safeParse("<em>hi</em>").error?.issues[0]?.message).toMatch(/plain text/);
  });
});

describe("parsePounds", () => {
  it.each([
    ["12500", 1_250_000],
    ["£12,500", 1_250_000],
    ["12500.5", 1_250_050],
    ["0", 0],
    ["0.01", 1],
  ])("%j → %i pence", (input, pence) => {
    expect(parsePounds(input, "the amount")).toEqual({ pence });
  });
  it.each([
    ["", /Enter the amount/],
    ["-5", /£0 or more/],
    ["ten", /amount in pounds/],
    ["1.234", /amount in pounds/],
    ["1e5", /amount in pounds/],
    [" 12500.5 ", /amount in pounds/],
    ["0x10", /amount in pounds/],
    ["Infinity", /amount in pounds/],
    ["10000000.01", /or less/],
  ])("%j is refused", (input, message) => {
    const result = parsePounds(input, "the amount");
    expect("error" in result && result.error).toMatch(message);
  });
  it("round-trips to the form's value", () => {
    expect(penceToPoundsInput(1_250_000)).toBe("12500");
    expect(penceToPoundsInput(1_250_050)).toBe("12500.50");
  });
});

describe("submissionProblems", () => {
  const complete = {
    sections: BID_SECTIONS.map((s) => ({ key: s.key, body: "An answer" })),
    amountRequestedPence: 3000,
    budgetLines: [{ amountPence: 1000 }, { amountPence: 2000 }],
    declarationAccepted: true,
    bidPath: "/bids/b1",
  };
  it("finds nothing wrong with a complete bid", () => {
    expect(submissionProblems(complete)).toEqual([]);
    expect(budgetTotal(complete.budgetLines)).toBe(3000);
  });
  it.each([
    [{ sections: [] }, BID_SECTIONS.length],
    [{ budgetLines: [{ amountPence: 1000 }] }, 1],
    [{ budgetLines: [] }, 1],
    [{ amountRequestedPence: 0, budgetLines: [] }, 1],
    [{ declarationAccepted: false }, 1],
  ])("%j gives %i problems", (change, count) => {
    expect(submissionProblems({ ...complete, ...change })).toHaveLength(count);
  });
  it("treats a blank answer as unanswered", () => {
    const sections = complete.sections.map((s, i) => (i === 0 ? { ...s, body: "  \n" } : s));
    expect(submissionProblems({ ...complete, sections })[0]?.field).toBe("function-and-model");
  });
});

describe("roundTakesBids", () => {
  const opensAt = new Date("2026-10-01T08:00:00Z");
  const closesAt = new Date("2027-01-29T12:00:00Z");
  it.each([
    ["OPEN", "2027-01-29T11:59:59Z", "open"],
    ["OPEN", "2027-01-29T12:00:00Z", "closed"],
    ["OPEN", "2027-01-29T12:00:01Z", "closed"],
    ["OPEN", "2026-09-30T12:00:00Z", "not-open-yet"],
    ["DRAFT", "2026-11-01T12:00:00Z", "not-open-yet"],
    ["CLOSED", "2026-11-01T12:00:00Z", "closed"],
    ["IN_ASSESSMENT", "2026-11-01T12:00:00Z", "closed"],
  ])("%s at %s is %s", (state, now, expected) => {
    expect(roundTakesBids({ state, opensAt, closesAt, now: new Date(now) })).toBe(expected);
  });
});
