/**
 * The portal's settings (listed with comments in .env.example), parsed once with zod. A bad value
 * stops start-up with a message naming the setting, instead of failing later somewhere obscure.
 */
import { isIP } from "node:net";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    error: "must be true or false",
  })
  .transform((value) => ["true", "1", "yes"].includes(value));

/**
 * The reverse proxies whose X-Forwarded-For entries are believed: addresses or CIDR ranges, comma
 * separated ("10.0.0.1, 10.1.0.0/16"). Empty: none, so the socket's own address is the client's.
 */
const trustedProxies = z.string().transform((value, context) => {
  const entries = value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const bad = entries.filter((entry) => !isAddressOrRange(entry));
  if (bad.length > 0) {
    context.addIssue({
      code: "custom",
      message: `must list proxy addresses or CIDR ranges, comma separated (not ${bad.join(", ")})`,
    });
    return z.NEVER;
  }
  return entries;
});

function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...rest] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

const intInRange = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" })
    .optional(),
  DATABASE_POOL_SIZE: intInRange(1, 100).default(10),
  EMBEDDED_PG_PORT: intInRange(1024, 65535).default(54329),
  PORTAL_DATA_DIR: z.string().min(1).optional(),
  PORT: intInRange(1, 65535).default(3000),
  NEXTAUTH_URL: z.url({ error: "must be a full URL such as http://localhost:3000" }).optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, { error: "must be at least 32 characters (try: openssl rand -base64 32)" })
    .optional(),
  SIGNIN_MAX_CONSECUTIVE_FAILURES: intInRange(1, 1000).default(5),
  SIGNIN_MAX_FAILURES_PER_ADDRESS_PER_DAY: intInRange(1, 100_000).default(100),
  SIGNIN_LOCK_MINUTES: intInRange(1, 24 * 60).default(15),
  SEED_DEMO_DATA: booleanFlag.default(true),
  TRUST_PROXY: trustedProxies.default([]),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "must be an smtp:// or smtps:// URL" })
    .optional(),
  EMAIL_FROM: z.string().min(3).default("Non-executive networks <no-reply@localhost>"),
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

/** Parses `source` (process.env by default); throws an EnvError listing every bad setting. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty value means "not set", as in most .env tooling.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The running server's settings. The server is always started with DATABASE_URL set (scripts/start.ts). */
export function env(): Env & { DATABASE_URL: string } {
  cached ??= parseEnv();
  if (!cached.DATABASE_URL) {
    throw new EnvError(
      "DATABASE_URL is not set: start the portal with `npm start`, which provides it.",
    );
  }
  return cached as Env & { DATABASE_URL: string };
}
let cached: Env | undefined;
