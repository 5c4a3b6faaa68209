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

  it("gives a disabled account the same answer whether or not the password is right", async () => {
    const user = await createUser({ disabled: true });
    for (const password of [user.password, "wrong"])
      expect(await authenticate({ email: user.email, password })).toEqual({
        ok: false,
        reason: "disabled",
      });
  });
});

/** A made-up client address of its own for each test, so no two tests share a count. */
const anAddress = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}-${unique()}`;
const limitRow = (key: string) =>
  testDb().$queryRaw<Array<{ points: number; expire: bigint | null }>>`
    SELECT "points", "expire" FROM "SignInLimit" WHERE "key" = ${key}`.then((rows) => rows[0]);

describe("sign-in limits (rate-limiter-flexible on PostgreSQL)", () => {
  it("slows, then blocks one account from one address after five consecutive failures", async () => {
    const user = await createUser();
    const address = anAddress();
    const reasons: string[] = [];
    const started = Date.now();
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await authenticate({ email: user.email, password: "wrong", address });
      reasons.push(result.ok ? "ok" : result.reason);
    }
    // Failures 2, 3 and 4 wait 250, 500 and 1000 ms before the password is checked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1700);
    expect(reasons).toEqual(["invalid", "invalid", "invalid", "invalid", "locked"]);

    const locked = await authenticate({ email: user.email, password: user.password, address });
    expect(!locked.ok && locked.reason).toBe("locked");
    const minutes =
      !locked.ok && locked.reason === "locked"
        ? (locked.retryAt.getTime() - Date.now()) / 60_000
        : 0;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const audit = await testDb().auditEvent.findFirst({
      where: { entityId: user.id, action: "auth.locked" },
    });
    expect(audit).not.toBeNull();

    // The owner, from their own address, is not locked out by someone else's failures.
    expect(
      (await authenticate({ email: user.email, password: user.password, address: anAddress() })).ok,
    ).toBe(true);

    // Once the block has run out, the pair may sign in again.
    await testDb().$executeRaw`
      UPDATE "SignInLimit" SET "expire" = ${Date.now() - 1000} WHERE "key" = ${`pair:${user.email}|${address}`}`;
    expect((await authenticate({ email: user.email, password: user.password, address })).ok).toBe(
      true,
    );
  });

  it("a success clears the pair's consecutive failures", async () => {
    const user = await createUser();
    const address = anAddress();
    for (let attempt = 0; attempt < 3; attempt++)
      await authenticate({ email: user.email, password: "wrong", address });
    expect((await limitRow(`pair:${user.email}|${address}`))?.points).toBe(3);
    expect((await authenticate({ email: user.email, password: user.password, address })).ok).toBe(
      true,
    );
    expect(await limitRow(`pair:${user.email}|${address}`)).toBeUndefined();
    // The address's count for the day stands.
    expect((await limitRow(`address:${address}`))?.points).toBe(3);
  });

  it("blocks for the day an address that fails across many accounts", async () => {
    const address = anAddress();
    const users = await Promise.all(Array.from({ length: 2 }, () => createUser()));
    // 99 failures today already, across other accounts (the limit is 100 a day).
    await testDb().$executeRaw`
      INSERT INTO "SignInLimit" ("key", "points", "expire")
      VALUES (${`address:${address}`}, 99, ${Date.now() + 60 * 60_000})`;
    const result = await authenticate({ email: users[0]!.email, password: "wrong", address });
    expect(!result.ok && result.reason).toBe("locked");
    const hours =
      !result.ok && result.reason === "locked"
        ? (result.retryAt.getTime() - Date.now()) / 3_600_000
        : 0;
    expect(hours).toBeGreaterThan(23);
    // A correct password from that address is refused too while the block lasts.
    const blocked = await authenticate({
      email: users[1]!.email,
      password: users[1]!.password,
      address,
    });
    expect(!blocked.ok && blocked.reason).toBe("locked");
    // Another address is unaffected.
    const elsewhere = await authenticate({
      email: users[1]!.email,
      password: users[1]!.password,
      address: anAddress(),
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("counts parallel failures without losing any", async () => {
    const user = await createUser();
    const address = anAddress();
    await Promise.all(
      Array.from({ length: 3 }, () =>
        authenticate({ email: user.email, password: "wrong", address }),
      ),
    );
    expect((await limitRow(`pair:${user.email}|${address}`))?.points).toBe(3);
    expect((await limitRow(`address:${address}`))?.points).toBe(3);
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
