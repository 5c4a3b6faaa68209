import { describe, expect, it } from "vitest";
import { safeReturnPath, safeReturnPathUnder } from "@/lib/http/return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/footprints?kind=STP", "/footprints?kind=STP"],
    ["/bids/abc#budget", "/bids/abc#budget"],
    ["/", "/"],
    // Kept on the site, made safe for a Location header by the parser's own encoding.
    ["/search?q=Åre näs", "/search?q=%C3%85re%20n%C3%A4s"],
    ["/a\u3000b", "/a%E3%80%80b"],
    ["/ロンドン", "/%E3%83%AD%E3%83%B3%E3%83%89%E3%83%B3"],
    ["/a/../b", "/b"],
  ])("keeps %j on the site as %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "\t//evil.example",
    "/%09/evil.example/".replace("%09", "\t"),
    "/\\/evil.example",
    "javascript:alert(1)",
    "/board/abc\u0000b",
    "/board/abc\u0001",
    "/board/caf\uFFFD",
    "footprints",
    " /footprints",
    "",
    "/" + "a".repeat(3000),
    undefined,
    null,
    42,
    ["/a", "/b"],
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("never returns anything a browser would read as another host", () => {
    // Every character a hostile value might put between the slashes.
    for (let code = 0; code < 0x3100; code++) {
      const value = `/${String.fromCharCode(code)}/evil.example/`;
      const path = safeReturnPath(value);
      if (path === null) continue;
      expect(new URL(path, "https://portal.example").host, JSON.stringify(value)).toBe(
        "portal.example",
      );
    }
  });
});

describe("safeReturnPathUnder", () => {
  it("keeps a path under the prefix only", () => {
    expect(safeReturnPathUnder("/board/fp1", "/board/")).toBe("/board/fp1");
    expect(safeReturnPathUnder("/admin", "/board/")).toBeNull();
    expect(safeReturnPathUnder("/board/\t/evil.example", "/board/")).toBe("/board//evil.example");
  });
});
