import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills in defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      EMBEDDED_PG_PORT: 54329,
      SIGNIN_MAX_CONSECUTIVE_FAILURES: 5,
      SIGNIN_MAX_FAILURES_PER_ADDRESS_PER_DAY: 100,
      SEED_DEMO_DATA: true,
      TRUST_PROXY: [],
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats an empty value as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("reads numbers and flags", () => {
    const env = parseEnv({
      PORT: "8080",
      SEED_DEMO_DATA: "false",
      DATABASE_URL: "postgresql://u@h/db",
    });
    expect(env).toMatchObject({
      PORT: 8080,
      SEED_DEMO_DATA: false,
      DATABASE_URL: "postgresql://u@h/db",
    });
  });

  it("names every bad setting in one message", () => {
    let error: unknown;
    try {
      parseEnv({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        NEXTAUTH_SECRET: "short",
        SEED_DEMO_DATA: "maybe",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain("PORT: must be a whole number");
    expect(message).toContain("DATABASE_URL: must be a postgresql:// connection string");
    expect(message).toContain("NEXTAUTH_SECRET: must be at least 32 characters");
    expect(message).toContain("SEED_DEMO_DATA: must be true or false");
  });

  it("reads TRUST_PROXY as a list of proxy addresses and ranges, and refuses anything else", () => {
    expect(parseEnv({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16 ,fd00::/8" }).TRUST_PROXY).toEqual([
      "10.0.0.1",
      "10.1.0.0/16",
      "fd00::/8",
    ]);
    for (const bad of ["true", "10.0.0.0/33", "proxy.example.org", "10.0.0.1/8/2"])
      expect(() => parseEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: must list proxy/);
  });

  it("refuses a port out of range", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow("PORT: must be at most 65535");
  });
});
