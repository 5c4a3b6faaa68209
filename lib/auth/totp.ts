/**
 * Time-based one-time passwords (RFC 6238) with otpauth: SHA-1, 6 digits, 30-second steps, what
 * every authenticator app expects. A code is accepted one step either side of now (a phone's
 * clock a little out), and never at or before the last step already accepted, so a code seen
 * over someone's shoulder cannot be used again (RFC 6238, section 5.2). Pure.
 */
import { Secret, TOTP } from "otpauth";

export const TOTP_ISSUER = "Non-executive networks";
const PERIOD = 30;
const WINDOW = 1;

function totp(secret: string, label = "") {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new shared secret: 160 random bits (RFC 4226's recommendation), as base32. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function isTotpSecret(value: string): boolean {
  return /^[A-Z2-7]{32}$/.test(value);
}

/** The otpauth:// address an app reads from the QR code. */
export function totpUri({ secret, accountName }: { secret: string; accountName: string }) {
  return totp(secret, accountName).toString();
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The time step `now` falls in. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/** The code for `step` (tests, and the e2e fixture's demo accounts). */
export function totpCodeAt({ secret, step }: { secret: string; step: number }): string {
  return totp(secret).generate({ timestamp: step * PERIOD * 1000 });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "reused" };

export function checkTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): TotpCheck {
  if (!/^[0-9]{6}$/.test(code)) return { ok: false, reason: "invalid" };
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return { ok: false, reason: "invalid" };
  const step = totpStep(now) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { ok: false, reason: "reused" };
  return { ok: true, step };
}
