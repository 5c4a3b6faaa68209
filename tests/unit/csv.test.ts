import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "@/prisma/seed/shared/csv";

describe("parseCsv", () => {
  it.each([
    [
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      'name,code\n"NHS Shropshire, Telford and Wrekin",QOC\n',
      [
        ["name", "code"],
        ["NHS Shropshire, Telford and Wrekin", "QOC"],
      ],
    ],
    ['a\n"say ""hello"""\n', [["a"], ['say "hello"']]],
    [
      "a,b\r\n1,\r\n",
      [
        ["a", "b"],
        ["1", ""],
      ],
    ],
    [
      "\uFEFFa,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ['a\n"two\nlines"\n', [["a"], ["two\nlines"]]],
  ])("parses %j", (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe("parseCsvRecords", () => {
  it("keys each row by the header", () => {
    expect(parseCsvRecords("ods_code,closed\nR0A,\nR0C,20200326\n")).toEqual([
      { ods_code: "R0A", closed: "" },
      { ods_code: "R0C", closed: "20200326" },
    ]);
  });

  it("refuses a row with the wrong number of fields", () => {
    expect(() => parseCsvRecords("a,b\n1,2,3\n")).toThrow();
  });
});
