import { describe, expect, it } from "vitest";
import { generateRecoveryCodes, hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { needsSecondFactor } from "@/lib/auth/second-factor-rules";
import {
  checkTotp,
  generateTotpSecret,
  groupedSecret,
  isTotpSecret,
  totpCodeAt,
  totpStep,
  totpUri,
} from "@/lib/auth/totp";

// RFC 6238, appendix B: the SHA-1 test secret "12345678901234567890" (base32 below) at 59 s
// gives 94287082, whose last six digits are the 6-digit code.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("matches RFC 6238's test vector", () => {
    expect(totpCodeAt({ secret: RFC_SECRET, step: totpStep(new Date(59_000)) })).toBe("287082");
  });

  const now = new Date("2026-12-02T10:00:10Z");
  const step = totpStep(now);
  const secret = RFC_SECRET;

  it.each([
    ["the current step", step, null, { ok: true, step }],
    ["one step behind (a slow clock)", step - 1, null, { ok: true, step: step - 1 }],
    ["one step ahead (a fast clock)", step + 1, null, { ok: true, step: step + 1 }],
    ["two steps behind", step - 2, null, { ok: false, reason: "invalid" }],
    ["two steps ahead", step + 2, null, { ok: false, reason: "invalid" }],
    ["a step already used", step, step, { ok: false, reason: "reused" }],
    ["a step before one already used", step - 1, step, { ok: false, reason: "reused" }],
    ["the step after one used", step + 1, step, { ok: true, step: step + 1 }],
  ] as const)("%s", (_name, codeStep, lastUsedStep, expected) => {
    const code = totpCodeAt({ secret, step: codeStep });
    expect(checkTotp({ secret, code, now, lastUsedStep })).toEqual(expected);
  });

  it.each(["", "12345", "1234567", "abcdef", "12 345"])("refuses the malformed code %j", (code) => {
    expect(checkTotp({ secret, code, now, lastUsedStep: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("makes 160-bit base32 secrets and an otpauth address apps read", () => {
    const fresh = generateTotpSecret();
    expect(isTotpSecret(fresh)).toBe(true);
    expect(generateTotpSecret()).not.toBe(fresh);
    expect(groupedSecret("ABCDEFGHIJKL")).toBe("ABCD EFGH IJKL");
    const uri = new URL(totpUri({ secret: fresh, accountName: "someone@example.org" }));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(fresh);
    expect(uri.searchParams.get("issuer")).toBe("Non-executive networks");
    expect(uri.searchParams.get("digits")).toBe("6");
  });
});

describe("recovery codes", () => {
  it("are ten, distinct, and hash the same however they are typed", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [first] = codes as [string];
    expect(hashRecoveryCode(first.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});

describe("needsSecondFactor", () => {
  it.each([
    [["MEMBER"], false],
    [[], false],
    [["ASSESSOR"], true],
    [["MEMBER", "BOARD_ADMIN"], true],
    [["PROGRAMME_ADMIN"], true],
  ] as const)("%j → %s", (roles, expected) => {
    expect(needsSecondFactor(roles)).toBe(expected);
  });
});
