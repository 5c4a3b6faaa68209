/**
 * Recovery codes for when the authenticator app is lost: ten, single use, each ten characters
 * (about 49 random bits) from an alphabet without look-alikes, shown once as "abcde-fghjk" and
 * stored as SHA-256 (a plain hash suffices for random values of this size; see tokens.ts). Pure.
 */
import { randomInt } from "node:crypto";
import { hashToken } from "./tokens";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a code as typed: spaces, hyphens and case do not matter. */
export function hashRecoveryCode(code: string): string {
  return hashToken(code.replace(/[\s-]+/g, "").toLowerCase());
}
