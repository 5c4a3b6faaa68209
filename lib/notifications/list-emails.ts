import "server-only";
import type { Actor } from "../auth/load-actor";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import type { EmailStatus } from "../generated/prisma/enums";

export const EMAILS_PAGE_SIZE = 50;

function requireProgrammeAdmin(actor: Actor) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Not found" });
}

/** The delivery log, newest first, a page at a time, optionally one status only. */
export async function listEmails({
  actor,
  page = 1,
  status,
}: {
  actor: Actor;
  page?: number;
  status?: EmailStatus;
}) {
  requireProgrammeAdmin(actor);
  const where = status ? { status } : {};
  const [total, emails, byStatus] = await Promise.all([
    prisma.email.count({ where }),
    prisma.email.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * EMAILS_PAGE_SIZE,
      take: EMAILS_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        kind: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    prisma.email.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / EMAILS_PAGE_SIZE)),
    emails,
    byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Partial<
      Record<EmailStatus, number>
    >,
  };
}

/** One email as it was sent (or logged), for a programme admin. */
export async function getEmail({ actor, emailId }: { actor: Actor; emailId: string }) {
  requireProgrammeAdmin(actor);
  return prisma.email.findUnique({
    where: { id: emailId },
    select: {
      id: true,
      to: true,
      subject: true,
      kind: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
}
