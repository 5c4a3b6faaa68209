import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { createFootprint, createUser, testDb, unique } from "../factories";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

describe("authenticate", () => {
  it("accepts the right password, whatever the case of the e-mail address", async () => {
    const user = await createUser();
    const result = await authenticate({
      email: `  ${user.email.toUpperCase()} `,
      password: user.password,
    });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
    const events = await testDb().auditEvent.findMany({
      where: { entityId: user.id, action: "auth.signed_in" },
    });
    expect(events).toHaveLength(1);
  });

  it("refuses a wrong password and an unknown address with the same answer", async () => {
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: "wrong" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate({ email: `${unique("nobody")}@example.test`, password: "x" }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createUser({ disabled: true });
    expect(await authenticate({ email: user.email, password: user.password })).toEqual({
      ok: false,
      reason: "disabled",
    });
  });

  it("slows, then locks an account after five failures, and lets it in once the lock ends", async () => {
    const user = await createUser();
    const now = new Date("2026-11-23T10:00:00Z");
    const reasons: string[] = [];
    const started = Date.now();
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await authenticate({ email: user.email, password: "wrong", now });
      reasons.push(result.ok ? "ok" : result.reason);
    }
    // Failures 2, 3 and 4 wait 250, 500 and 1000 ms before the password is checked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1700);
    expect(reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);

    const locked = await authenticate({ email: user.email, password: user.password, now });
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.reason).toBe("locked");
    expect(!locked.ok && locked.reason === "locked" && locked.retryAt.toISOString()).toBe(
      "2026-11-23T10:15:00.000Z",
    );

    const later = new Date("2026-11-23T10:15:01Z");
    const afterLock = await authenticate({
      email: user.email,
      password: user.password,
      now: later,
    });
    expect(afterLock.ok).toBe(true);
  });

  it("locks one client address that fails across many accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${unique()}`;
    const now = new Date("2026-11-23T11:00:00Z");
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    await testDb().signInThrottle.create({
      data: { key: `ip:${address}`, failures: 19, windowStartsAt: now },
    });
    const result = await authenticate({ email: users[0]!.email, password: "wrong", address, now });
    expect(!result.ok && result.reason).toBe("locked");
    // A correct password from that address is refused too while the lock lasts.
    const blocked = await authenticate({
      email: users[1]!.email,
      password: users[1]!.password,
      address,
      now,
    });
    expect(!blocked.ok && blocked.reason).toBe("locked");
    // Another address is unaffected.
    const elsewhere = await authenticate({
      email: users[1]!.email,
      password: users[1]!.password,
      now,
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("counts parallel failures without losing any", async () => {
    const user = await createUser();
    const now = new Date("2026-11-23T12:00:00Z");
    await Promise.all(
      Array.from({ length: 3 }, () => authenticate({ email: user.email, password: "wrong", now })),
    );
    const row = await testDb().signInThrottle.findUnique({ where: { key: `email:${user.email}` } });
    expect(row?.failures).toBe(3);
  });
});

describe("loadActor (run on every request)", () => {
  it("returns the user's roles and board footprints", async () => {
    const footprint = await createFootprint();
    const user = await createUser({
      roles: ["MEMBER", "ASSESSOR"],
      boardFootprintIds: [footprint.id],
    });
    const actor = await loadActor({ userId: user.id });
    expect(actor && [...actor.roles].sort()).toEqual(["ASSESSOR", "BOARD_ADMIN", "MEMBER"]);
    expect(actor?.boardFootprintIds).toEqual([footprint.id]);
  });

  it("refuses at once a user disabled after signing in", async () => {
    const user = await createUser();
    expect(await loadActor({ userId: user.id })).not.toBeNull();
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActor({ userId: user.id })).toBeNull();
  });

  it("refuses a token for an account that no longer exists", async () => {
    expect(await loadActor({ userId: unique("gone") })).toBeNull();
  });
});

describe("database rules on roles", () => {
  it("refuses a board admin grant without a footprint, and a member grant with one", async () => {
    const user = await createUser();
    const footprint = await createFootprint();
    await expect(
      testDb().roleGrant.create({ data: { userId: user.id, role: "BOARD_ADMIN" } }),
    ).rejects.toThrow();
    await expect(
      testDb().roleGrant.create({
        data: { userId: user.id, role: "ASSESSOR", footprintId: footprint.id },
      }),
    ).rejects.toThrow();
  });

  it("refuses an upper-case e-mail address", async () => {
    await expect(
      testDb().user.create({ data: { email: `${unique("UPPER")}@Example.test`, name: "x" } }),
    ).rejects.toThrow();
  });
});
