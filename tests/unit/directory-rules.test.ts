import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv/to-csv";
import { parseCalendarDate as parseIsoDate } from "@/lib/forms/fields";
import { paginate, ZFootprintFilter } from "@/lib/footprints/footprint-filter";
import { footprintNetworkStatus } from "@/lib/networks/network-status";
import {
  containsPattern,
  isSearchable,
  normaliseQuery,
  queryWords,
} from "@/lib/search/search-query";

describe("footprintNetworkStatus", () => {
  it.each([
    { statuses: [], expected: "NONE" },
    { statuses: ["CLOSED"], expected: "NONE" },
    { statuses: ["PROPOSED", "CLOSED"], expected: "PROPOSED" },
    { statuses: ["PROPOSED", "ESTABLISHED"], expected: "ESTABLISHED" },
    { statuses: ["ESTABLISHED", "PILOT", "PROPOSED"], expected: "PILOT" },
  ] as const)("$statuses → $expected", ({ statuses, expected }) => {
    expect(footprintNetworkStatus(statuses)).toBe(expected);
  });
});

describe("toCsv", () => {
  it.each([
    { rows: [["a", "b"]], expected: "a,b\r\n" },
    { rows: [["a,b", 'say "hi"']], expected: '"a,b","say ""hi"""\r\n' },
    { rows: [["line\nbreak", null, 3]], expected: '"line\nbreak",,3\r\n' },
    { rows: [["=SUM(A1)", "+1", "@x", "-2"]], expected: "'=SUM(A1),'+1,'@x,'-2\r\n" },
  ])("$expected", ({ rows, expected }) => {
    expect(toCsv(rows)).toBe(expected);
  });
});

describe("parseIsoDate", () => {
  it.each([
    { value: "2026-03-31", expected: "2026-03-31T00:00:00.000Z" },
    { value: "2026-02-30", expected: null },
    { value: "31/03/2026", expected: null },
    { value: "", expected: null },
  ])("$value", ({ value, expected }) => {
    expect(parseIsoDate(value)?.toISOString() ?? null).toBe(expected);
  });
});

describe("search queries", () => {
  it.each([
    { raw: "  Surrey   Heart ", query: "Surrey Heart", searchable: true },
    { raw: ["West", "ignored"], query: "West", searchable: true },
    { raw: "a", query: "a", searchable: false },
    { raw: undefined, query: "", searchable: false },
  ])("$raw", ({ raw, query, searchable }) => {
    expect(normaliseQuery(raw)).toBe(query);
    expect(isSearchable(query)).toBe(searchable);
  });

  it("takes LIKE wildcards literally and splits words", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
    expect(queryWords("a b c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("footprint filter and pages", () => {
  it("falls back to defaults on bad input", () => {
    expect(ZFootprintFilter.parse({ kind: "XYZ", page: "-3", q: "  a  b " })).toEqual({
      kind: "ICS",
      region: "",
      q: "a b",
      page: 1,
    });
  });

  it.each([
    { total: 0, page: 1, expected: { pages: 1, current: 1, skip: 0, take: 25 } },
    { total: 60, page: 2, expected: { pages: 3, current: 2, skip: 25, take: 25 } },
    { total: 60, page: 9, expected: { pages: 3, current: 3, skip: 50, take: 25 } },
  ])("$total rows, page $page", ({ total, page, expected }) => {
    expect(paginate({ total, page })).toEqual(expected);
  });
});
