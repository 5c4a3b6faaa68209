import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { computeCoverage, type CoverageTarget } from "./coverage";
import { canReadFootprintCoverage } from "./footprint-access";

const personName = (p: { givenName: string; familyName: string }) =>
  `${p.givenName} ${p.familyName}`;

/**
 * The coverage grid of one footprint: its open workstreams and active seats with their current
 * lead and members. One query, whatever the number of workstreams.
 */
export async function getFootprintCoverage({
  actor,
  footprintId,
}: {
  actor: Actor;
  footprintId: string;
}) {
  if (!canReadFootprintCoverage({ actor, footprintId })) {
    throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  }
  const current = {
    where: { endsOn: null },
    orderBy: { startsOn: "asc" as const },
    select: {
      id: true,
      role: true,
      person: { select: { id: true, givenName: true, familyName: true } },
    },
  };
  const footprint = await prisma.footprint.findUnique({
    where: { id: footprintId },
    select: {
      id: true,
      name: true,
      kind: true,
      leadCap: true,
      region: { select: { name: true } },
      workstreams: {
        where: { status: { not: "CLOSED" } },
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          status: true,
          assignments: current,
          skills: { select: { name: true } },
        },
      },
      boardSeats: {
        where: { status: "ACTIVE" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, assignments: current },
      },
      _count: {
        select: {
          workstreams: { where: { status: "CLOSED" } },
          boardSeats: { where: { status: "CLOSED" } },
        },
      },
    },
  });
  if (!footprint) throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  const targets: CoverageTarget[] = [
    ...footprint.workstreams.map((w) => ({
      kind: "workstream" as const,
      id: w.id,
      name: w.name,
      assignments: w.assignments.map((a) => ({ role: a.role, personName: personName(a.person) })),
    })),
    ...footprint.boardSeats.map((s) => ({
      kind: "seat" as const,
      id: s.id,
      name: s.name,
      assignments: s.assignments.map((a) => ({ role: a.role, personName: personName(a.person) })),
    })),
  ];
  return {
    footprint: {
      id: footprint.id,
      name: footprint.name,
      kind: footprint.kind,
      leadCap: footprint.leadCap,
      regionName: footprint.region.name,
      closedWorkstreams: footprint._count.workstreams,
      closedSeats: footprint._count.boardSeats,
    },
    workstreamStatus: new Map(footprint.workstreams.map((w) => [w.id, w.status])),
    workstreamSkills: new Map(
      footprint.workstreams.map((w) => [w.id, w.skills.map((s) => s.name)]),
    ),
    coverage: computeCoverage(targets),
  };
}
