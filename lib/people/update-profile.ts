import "server-only";
import { auditChanges } from "../audit/changes";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { Profile } from "./profile-schema";

/** Saves the actor's own profile and visibility choices, refusing a stale form. Audited. */
export async function updateProfile({ actor, profile }: { actor: Actor; profile: Profile }) {
  const personId = actor.personId;
  if (!personId) throw new DomainError({ code: "NOT_FOUND", message: "You have no profile" });
  return prisma.$transaction(async (tx) => {
    const [skills, sectors] = await Promise.all([
      tx.skill.findMany({ where: { id: { in: profile.skills } }, select: { id: true } }),
      tx.sector.findMany({ where: { id: { in: profile.sectors } }, select: { id: true } }),
    ]);
    if (skills.length !== new Set(profile.skills).size)
      throw new DomainError({
        code: "NOT_FOUND",
        message: "Choose skills from the list",
        field: "skills",
      });
    if (sectors.length !== new Set(profile.sectors).size)
      throw new DomainError({
        code: "NOT_FOUND",
        message: "Choose sectors from the list",
        field: "sectors",
      });
    const before = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      include: { skills: { select: { name: true } }, sectors: { select: { name: true } } },
    });
    const { version, skills: _skills, sectors: _sectors, ...fields } = profile;
    const updated = await tx.person.updateMany({
      where: { id: personId, version },
      data: {
        ...fields,
        email: fields.email || null,
        phone: fields.phone || null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0)
      throw new DomainError({
        code: "STALE_WRITE",
        message:
          "Your profile was changed elsewhere since you opened this page. Check it and save again.",
      });
    const after = await tx.person.update({
      where: { id: personId },
      data: {
        skills: { set: skills.map((s) => ({ id: s.id })) },
        sectors: { set: sectors.map((s) => ({ id: s.id })) },
      },
      include: { skills: { select: { name: true } }, sectors: { select: { name: true } } },
    });
    const snapshot = (p: typeof before) => ({
      givenName: p.givenName,
      familyName: p.familyName,
      bio: p.bio,
      email: p.email,
      phone: p.phone,
      contactPreference: p.contactPreference,
      emailVisibility: p.emailVisibility,
      phoneVisibility: p.phoneVisibility,
      bioVisibility: p.bioVisibility,
      skillsVisibility: p.skillsVisibility,
      sectorsVisibility: p.sectorsVisibility,
      appointmentsVisibility: p.appointmentsVisibility,
      skills: p.skills.map((s) => s.name).sort(),
      sectors: p.sectors.map((s) => s.name).sort(),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.profile_updated",
      entityType: "Person",
      entityId: personId,
      ...auditChanges(snapshot(before), snapshot(after)),
    });
    return { version: after.version };
  });
}
