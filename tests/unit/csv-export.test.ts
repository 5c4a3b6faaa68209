import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv/to-csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 1234", "'+44 1234"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    [42, "42"],
    [-42, "-42"],
    [null, ""],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
  it("joins rows with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        [1, 2],
      ]),
    ).toBe("a,b\r\n1,2\r\n");
  });
});
