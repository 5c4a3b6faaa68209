/**
 * The random tokens in emailed links (invitations, password resets). Only the SHA-256 of a token
 * is stored, so someone who reads the database cannot use a link; a plain hash is enough because
 * the token itself is 256 random bits, not something a person chose.
 */
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** A token's shape, checked before any lookup: 43 base64url characters. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
