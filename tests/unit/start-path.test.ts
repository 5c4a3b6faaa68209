import { describe, expect, it } from "vitest";
import { safeCallbackPath, startPathFor } from "@/lib/auth/start-path";

describe("startPathFor", () => {
  it.each([
    [["MEMBER"], "/dashboard"],
    [["MEMBER", "BOARD_ADMIN"], "/board"],
    [["ASSESSOR", "BOARD_ADMIN"], "/assessments"],
    [["MEMBER", "ASSESSOR", "PROGRAMME_ADMIN"], "/admin"],
    [[], "/dashboard"],
  ] as const)("%j → %s", (roles, path) => {
    expect(startPathFor(roles)).toBe(path);
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/footprints?kind=STP", "/footprints?kind=STP"],
    ["https://evil.example/", null],
    ["//evil.example/", null],
    ["/\\evil.example", null],
    ["footprints", null],
    [undefined, null],
    [["/a", "/b"], null],
  ])("%j → %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });
});
