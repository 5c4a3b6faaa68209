import { describe, expect, it } from "vitest";
import { formatUkDate, formatUkDateTime } from "@/lib/format/dates";
import { formatPence } from "@/lib/format/money";

describe("formatPence", () => {
  it.each([
    [35_000_000, "£350,000"],
    [0, "£0"],
    [12_345, "£123.45"],
    [100, "£1"],
  ])("%i pence → %s", (pence, text) => {
    expect(formatPence(pence)).toBe(text);
  });

  it("can always show pence", () => {
    expect(formatPence(100, { showPence: true })).toBe("£1.00");
  });
});

describe("UK time", () => {
  it("shows winter instants in GMT and summer instants in BST", () => {
    expect(formatUkDateTime(new Date("2027-01-29T12:00:00Z"))).toBe(
      "29 January 2027 at midday GMT",
    );
    expect(formatUkDateTime(new Date("2026-10-01T08:00:00Z"))).toBe("1 October 2026 at 9am BST");
  });

  it.each([
    ["2026-12-01T00:00:00Z", "1 December 2026 at midnight GMT"],
    ["2026-12-01T09:30:00Z", "1 December 2026 at 9:30am GMT"],
    ["2026-12-01T13:05:00Z", "1 December 2026 at 1:05pm GMT"],
    ["2026-07-01T11:59:00Z", "1 July 2026 at 12:59pm BST"],
  ])("%s → %s", (iso, text) => {
    expect(formatUkDateTime(new Date(iso))).toBe(text);
  });

  it("gives the UK date, not the UTC date, just after midnight in summer", () => {
    expect(formatUkDate(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026");
  });
});
