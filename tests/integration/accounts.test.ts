/**
 * Accounts: invitations (who may invite whom, single-use links), password resets (the same
 * answer for any address, sessions ended), the second factor, and sign-in links.
 */
import { afterAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import { findInvitationByToken } from "@/lib/accounts/find-invitation";
import { inviteUser, type InviteInput } from "@/lib/accounts/invite-user";
import { listPendingInvitations } from "@/lib/accounts/list-invitations";
import { resendInvitation, revokeInvitation } from "@/lib/accounts/manage-invitation";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { emailLinkAdapter, requestSignInLink } from "@/lib/auth/email-link";
import { loadActor, resolveActor } from "@/lib/auth/load-actor";
import { signOutEverywhere } from "@/lib/auth/manage-second-factor";
import { setUpSecondFactor } from "@/lib/auth/set-up-second-factor";
import { generateTotpSecret, totpCodeAt, totpStep } from "@/lib/auth/totp";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";
import { prisma } from "@/lib/db/prisma";
import {
  createFootprint,
  createOrganisation,
  createPerson,
  createUser,
  testDb,
  unique,
} from "../factories";
import { actorFor } from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

const STRONG = "violet tractor quietly harbour";

async function lastEmailTo(to: string) {
  return testDb().email.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
}

function tokenIn(text: string, path: "join" | "reset-password"): string {
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1]!;
}

const invite = (input: Partial<InviteInput> & { email: string }): InviteInput => ({
  name: "Invited Person",
  personId: null,
  roles: [],
  boardFootprintIds: [],
  footprintId: null,
  ...input,
});

async function programmeAdmin() {
  return actorFor((await createUser({ roles: ["PROGRAMME_ADMIN"] })).id);
}

describe("invitations", () => {
  it("a programme admin invites a board admin of one footprint; the link opens the account once", async () => {
    const admin = await programmeAdmin();
    const footprint = await createFootprint();
    const email = `${unique("invitee")}@example.test`;
    const { invitationId } = await inviteUser({
      actor: admin,
      input: invite({ email: email.toUpperCase(), boardFootprintIds: [footprint.id] }),
    });

    const message = await lastEmailTo(email);
    expect(message).toMatchObject({ kind: "invitation", status: "QUEUED" });
    expect(message.text).toContain(`board admin of ${footprint.name}`);
    const token = tokenIn(message.text, "join");
    expect(message.secretLink).toContain(token);
    // Only the token's hash is stored.
    const stored = await testDb().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(7 * 864e5, -4);
    expect(await findInvitationByToken({ token })).toMatchObject({ state: "valid", email });

    const { userId } = await acceptInvitation({ token, password: STRONG, privacyAccepted: true });
    const user = await testDb().user.findUniqueOrThrow({
      where: { id: userId },
      include: { roleGrants: true },
    });
    expect(user.email).toBe(email);
    expect(user.privacyNoticeAcceptedAt).not.toBeNull();
    expect(user.roleGrants.map((g) => [g.role, g.footprintId, g.grantedById])).toEqual([
      ["BOARD_ADMIN", footprint.id, admin.id],
    ]);
    const actions = await testDb().auditEvent.findMany({
      where: { entityId: { in: [invitationId, userId] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "invitation.created",
      "invitation.accepted",
      "user.created",
    ]);

    // Used: refused, and said so.
    expect((await findInvitationByToken({ token })).state).toBe("accepted");
    await expect(
      acceptInvitation({ token, password: STRONG, privacyAccepted: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an expired, a revoked, a replaced and a made-up link", async () => {
    const admin = await programmeAdmin();
    const expiredEmail = `${unique("expired")}@example.test`;
    const { invitationId: expiredId } = await inviteUser({
      actor: admin,
      input: invite({ email: expiredEmail, roles: ["MEMBER"] }),
    });
    const expiredToken = tokenIn((await lastEmailTo(expiredEmail)).text, "join");
    await testDb().invitation.update({
      where: { id: expiredId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await findInvitationByToken({ token: expiredToken })).state).toBe("expired");
    await expect(
      acceptInvitation({ token: expiredToken, password: STRONG, privacyAccepted: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Resending an expired invitation gives a new link; the old one stays dead.
    await resendInvitation({ actor: admin, invitationId: expiredId, version: 1 });
    const resentToken = tokenIn((await lastEmailTo(expiredEmail)).text, "join");
    expect(resentToken).not.toBe(expiredToken);
    expect((await findInvitationByToken({ token: expiredToken })).state).toBe("unknown");
    expect((await findInvitationByToken({ token: resentToken })).state).toBe("valid");
    // A stale version is refused.
    await expect(
      revokeInvitation({ actor: admin, invitationId: expiredId, version: 1 }),
    ).rejects.toMatchObject({ code: "STALE_WRITE" });

    await revokeInvitation({ actor: admin, invitationId: expiredId, version: 2 });
    expect((await findInvitationByToken({ token: resentToken })).state).toBe("revoked");
    await expect(
      acceptInvitation({ token: resentToken, password: STRONG, privacyAccepted: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().user.findUnique({ where: { email: expiredEmail } })).toBeNull();

    for (const token of ["x".repeat(43), "short", "../../etc/passwd"])
      await expect(
        acceptInvitation({ token, password: STRONG, privacyAccepted: true }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("needs a strong password and the privacy notice, and changes nothing without them", async () => {
    const admin = await programmeAdmin();
    const email = `${unique("weak")}@example.test`;
    await inviteUser({ actor: admin, input: invite({ email, roles: ["MEMBER"] }) });
    const token = tokenIn((await lastEmailTo(email)).text, "join");
    await expect(
      acceptInvitation({ token, password: "password1234", privacyAccepted: true }),
    ).rejects.toMatchObject({ field: "password" });
    await expect(
      acceptInvitation({ token, password: STRONG, privacyAccepted: false }),
    ).rejects.toMatchObject({ field: "privacyAccepted" });
    expect((await findInvitationByToken({ token })).state).toBe("valid");
  });

  it("a board admin invites members of their own footprints only, and grants no staff role", async () => {
    const own = await createFootprint();
    const other = await createFootprint();
    const boardAdmin = await actorFor((await createUser({ boardFootprintIds: [own.id] })).id);
    const email = () => `${unique("member")}@example.test`;

    await expect(
      inviteUser({ actor: boardAdmin, input: invite({ email: email(), footprintId: other.id }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", field: "footprintId" });
    for (const roles of [["ASSESSOR"], ["PROGRAMME_ADMIN"], ["MEMBER", "ASSESSOR"]] as const)
      await expect(
        inviteUser({
          actor: boardAdmin,
          input: invite({ email: email(), roles: [...roles], footprintId: own.id }),
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN", field: "roles" });
    await expect(
      inviteUser({
        actor: boardAdmin,
        input: invite({ email: email(), footprintId: own.id, boardFootprintIds: [own.id] }),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Someone of another footprint cannot be named either; someone of their own can.
    const stranger = await createPerson({
      appointments: [
        { organisationId: (await createOrganisation({ footprintIds: [other.id] })).id },
      ],
    });
    await expect(
      inviteUser({
        actor: boardAdmin,
        input: invite({ email: email(), footprintId: own.id, personId: stranger.id, name: "" }),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", field: "personId" });
    const local = await createPerson({
      appointments: [{ organisationId: (await createOrganisation({ footprintIds: [own.id] })).id }],
    });
    const memberEmail = email();
    const { invitationId } = await inviteUser({
      actor: boardAdmin,
      input: invite({ email: memberEmail, footprintId: own.id, personId: local.id, name: "" }),
    });
    const stored = await testDb().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({ roles: ["MEMBER"], footprintId: own.id, personId: local.id });
    expect(stored.name).toBe(`${local.givenName} ${local.familyName}`);

    const { userId } = await acceptInvitation({
      token: tokenIn((await lastEmailTo(memberEmail)).text, "join"),
      password: STRONG,
      privacyAccepted: true,
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: userId } })).personId).toBe(
      local.id,
    );

    // The pending list: a board admin sees their footprints' invitations, not others'.
    const elsewhere = `${unique("elsewhere")}@example.test`;
    await inviteUser({
      actor: await programmeAdmin(),
      input: invite({ email: elsewhere, roles: ["MEMBER"] }),
    });
    const pendingEmail = email();
    await inviteUser({
      actor: boardAdmin,
      input: invite({ email: pendingEmail, footprintId: own.id }),
    });
    const listed = (await listPendingInvitations({ actor: boardAdmin })).invitations.map(
      (i) => i.email,
    );
    expect(listed).toContain(pendingEmail);
    expect(listed).not.toContain(elsewhere);
    const theirs = await testDb().invitation.findFirstOrThrow({ where: { email: elsewhere } });
    await expect(
      revokeInvitation({ actor: boardAdmin, invitationId: theirs.id, version: theirs.version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("members and assessors cannot invite; an address with an account or a live invitation is refused", async () => {
    for (const roles of [["MEMBER"], ["ASSESSOR"]] as const) {
      const actor = await actorFor((await createUser({ roles: [...roles] })).id);
      await expect(
        inviteUser({
          actor,
          input: invite({ email: `${unique("x")}@example.test`, roles: ["MEMBER"] }),
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const admin = await programmeAdmin();
    const existing = await createUser();
    await expect(
      inviteUser({ actor: admin, input: invite({ email: existing.email, roles: ["MEMBER"] }) }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS", field: "email" });
    const email = `${unique("twice")}@example.test`;
    await inviteUser({ actor: admin, input: invite({ email, roles: ["MEMBER"] }) });
    await expect(
      inviteUser({ actor: admin, input: invite({ email, roles: ["ASSESSOR"] }) }),
    ).rejects.toMatchObject({ code: "ALREADY_EXISTS", field: "email" });
  });
});

describe("forgotten passwords", () => {
  it("answers the same for an unknown address as for a known one, and sends only to the known", async () => {
    const user = await createUser();
    const unknown = `${unique("nobody")}@example.test`;
    const known = await requestPasswordReset({ email: ` ${user.email.toUpperCase()} ` });
    const none = await requestPasswordReset({ email: unknown });
    expect(known).toBeUndefined();
    expect(none).toEqual(known);
    expect(await testDb().email.count({ where: { to: unknown } })).toBe(0);
    expect(await testDb().passwordReset.count({ where: { userId: user.id } })).toBe(1);
    expect((await lastEmailTo(user.email)).kind).toBe("password-reset");

    // A disabled account gets nothing either.
    const disabled = await createUser({ disabled: true });
    await requestPasswordReset({ email: disabled.email });
    expect(await testDb().email.count({ where: { to: disabled.email } })).toBe(0);
  });

  it("a new password ends every other session; the link works once, for an hour", async () => {
    const user = await createUser();
    const before = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(
      await loadActor({ userId: user.id, sessionVersion: before.sessionVersion }),
    ).not.toBeNull();

    await requestPasswordReset({ email: user.email });
    const token = tokenIn((await lastEmailTo(user.email)).text, "reset-password");
    await expect(resetPassword({ token, password: "short" })).rejects.toMatchObject({
      field: "password",
    });
    await resetPassword({ token, password: STRONG });

    // The session issued before (its token carries the old version) is refused, and says why.
    expect(await resolveActor({ userId: user.id, sessionVersion: before.sessionVersion })).toEqual({
      actor: null,
      refusal: "ended",
    });
    expect(
      await loadActor({ userId: user.id, sessionVersion: before.sessionVersion + 1 }),
    ).not.toBeNull();
    expect((await lastEmailTo(user.email)).kind).toBe("password-changed");
    await expect(resetPassword({ token, password: STRONG })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await requestPasswordReset({ email: user.email });
    const late = tokenIn((await lastEmailTo(user.email)).text, "reset-password");
    await expect(
      resetPassword({ token: late, password: STRONG, now: new Date(Date.now() + 61 * 60_000) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("signing out of every device ends every session, this one included", async () => {
    const user = await createUser();
    const actor = await actorFor(user.id);
    await signOutEverywhere({ actor, sessionVersion: 1 });
    expect(await loadActor({ userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await loadActor({ userId: user.id, sessionVersion: 2 })).not.toBeNull();
    // A second post of the same form (a double click) is told, and ends nothing more.
    await expect(signOutEverywhere({ actor, sessionVersion: 1 })).rejects.toMatchObject({
      code: "STALE_WRITE",
    });
    expect(await loadActor({ userId: user.id, sessionVersion: 2 })).not.toBeNull();
  });
});

describe("the second factor", () => {
  it("is set up with a first code; a code works once; a recovery code works once", async () => {
    const user = await createUser({ roles: ["ASSESSOR"] });
    const secret = generateTotpSecret();
    const now = new Date();
    const step = totpStep(now);
    await expect(
      setUpSecondFactor({ userId: user.id, secret, code: "000000", now }),
    ).rejects.toMatchObject({ field: "code" });
    const { recoveryCodes } = await setUpSecondFactor({
      userId: user.id,
      secret,
      code: totpCodeAt({ secret, step }),
      now,
    });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await testDb().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.map((c) => c.codeHash)).not.toContain(recoveryCodes[0]);

    // The set-up code itself cannot be replayed; the next step's can, once.
    const check = (code: string) =>
      verifySecondFactor({ userId: user.id, code, address: null, now });
    expect(await check(totpCodeAt({ secret, step }))).toEqual({ ok: false, reason: "reused" });
    expect(await check(totpCodeAt({ secret, step: step + 1 }))).toMatchObject({
      ok: true,
      method: "totp",
    });
    expect(await check(totpCodeAt({ secret, step: step + 1 }))).toEqual({
      ok: false,
      reason: "reused",
    });
    const recovery = recoveryCodes[3]!;
    expect(await check(recovery.toUpperCase())).toEqual({
      ok: true,
      method: "recovery-code",
      recoveryCodesLeft: 9,
    });
    expect(await check(recovery)).toEqual({ ok: false, reason: "invalid" });
    // A password reset in between ends a half-done sign-in.
    expect(
      await verifySecondFactor({
        userId: user.id,
        sessionVersion: 7,
        code: "123456",
        address: null,
      }),
    ).toEqual({ ok: false, reason: "expired" });
  });

  it("wrong codes are throttled like passwords: refused for a while after five", async () => {
    const user = await createUser({ roles: ["PROGRAMME_ADMIN"] });
    const secret = generateTotpSecret();
    const now = new Date();
    await setUpSecondFactor({
      userId: user.id,
      secret,
      code: totpCodeAt({ secret, step: totpStep(now) }),
      now,
    });
    const results: string[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const result = await verifySecondFactor({
        userId: user.id,
        code: "a1b2c3d4e5",
        address: null,
      });
      results.push(result.ok ? "ok" : result.reason);
    }
    expect(results).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked"]);
    // Even the right code, while the lock lasts.
    const right = await verifySecondFactor({
      userId: user.id,
      code: totpCodeAt({ secret, step: totpStep(new Date()) + 1 }),
      address: null,
    });
    expect(right).toMatchObject({ ok: false, reason: "locked" });
    expect(
      await testDb().auditEvent.count({
        where: { entityId: user.id, action: "auth.second_factor_locked" },
      }),
    ).toBe(1);
  });
});

describe("sign-in by emailed link", () => {
  it("only for an existing, enabled account; the token works once", async () => {
    const user = await createUser();
    const unknown = `${unique("nobody")}@example.test`;
    await requestSignInLink({ email: unknown });
    await requestSignInLink({ email: (await createUser({ disabled: true })).email });
    expect(await testDb().verificationToken.count({ where: { identifier: unknown } })).toBe(0);

    await requestSignInLink({ email: user.email });
    const message = await lastEmailTo(user.email);
    expect(message.kind).toBe("sign-in-link");
    const url = new URL(message.secretLink!);
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(url.searchParams.get("email")).toBe(user.email);
    const [row] = await testDb().verificationToken.findMany({ where: { identifier: user.email } });
    expect(row!.token).not.toBe(url.searchParams.get("token"));
    expect(row!.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    const adapter = emailLinkAdapter();
    expect(await adapter.getUserByEmail!(user.email)).toMatchObject({ id: user.id });
    expect(await adapter.getUserByEmail!(unknown)).toBeNull();
    const used = await adapter.useVerificationToken!({ identifier: user.email, token: row!.token });
    expect(used?.identifier).toBe(user.email);
    expect(
      await adapter.useVerificationToken!({ identifier: user.email, token: row!.token }),
    ).toBeNull();
  });
});
