import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/to-csv";

describe("toCsv", () => {
  it("quotes commas, quotes and new lines, and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["x, y", 'say "hi"'],
        ["line\nbreak", 3],
      ]),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it("defuses cells a spreadsheet would run as formulas, but not negative numbers", () => {
    expect(toCsv([["n"], ['=HYPERLINK("x")'], ["+1"], ["-2"], ["@SUM(A1)"], [-2]])).toBe(
      'n\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n-2\r\n',
    );
  });

  it("writes empty cells for null and undefined, and ISO dates", () => {
    expect(
      toCsv([
        ["a", "b", "c"],
        [null, undefined, new Date("2026-11-23T10:00:00Z")],
      ]),
    ).toBe("a,b,c\r\n,,2026-11-23T10:00:00.000Z\r\n");
  });
});
