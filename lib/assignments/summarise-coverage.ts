import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import type { Prisma } from "../generated/prisma/client";
import { DomainError } from "../errors/domain-error";
import { computeCoverage } from "./coverage";

/**
 * Programme admins' view of coverage across every footprint that has workstreams or seats, in a
 * constant number of queries: footprints with their open workstreams and seats, each with the
 * roles of its current assignments.
 */
export async function getAllCoverage({ actor }: { actor: Actor }) {
  if (!actor.roles.has("PROGRAMME_ADMIN")) {
    throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  }
  return summariseCoverage({
    where: { OR: [{ workstreams: { some: {} } }, { boardSeats: { some: {} } }] },
  });
}

/** A board admin's own footprints, summarised the same way (all of them, even with nothing yet). */
export async function getMyFootprintsCoverage({ actor }: { actor: Actor }) {
  return summariseCoverage({ where: { id: { in: [...actor.boardFootprintIds] } } });
}

async function summariseCoverage({ where }: { where: Prisma.FootprintWhereInput }) {
  const current = { where: { endsOn: null }, select: { role: true } };
  const footprints = await prisma.footprint.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      kind: true,
      region: { select: { name: true } },
      workstreams: {
        where: { status: { not: "CLOSED" } },
        select: { id: true, name: true, assignments: current },
      },
      boardSeats: {
        where: { status: "ACTIVE" },
        select: { id: true, name: true, assignments: current },
      },
    },
  });
  return footprints.map((footprint) => {
    const coverage = computeCoverage([
      ...footprint.workstreams.map((w) => ({
        kind: "workstream" as const,
        id: w.id,
        name: w.name,
        assignments: w.assignments.map((a) => ({ role: a.role, personName: "" })),
      })),
      ...footprint.boardSeats.map((s) => ({
        kind: "seat" as const,
        id: s.id,
        name: s.name,
        assignments: s.assignments.map((a) => ({ role: a.role, personName: "" })),
      })),
    ]);
    return {
      id: footprint.id,
      name: footprint.name,
      kind: footprint.kind,
      regionName: footprint.region.name,
      workstreams: footprint.workstreams.length,
      seats: footprint.boardSeats.length,
      gaps: coverage.rows.filter((r) => !r.covered).map((r) => r.name),
      covered: coverage.covered,
      total: coverage.total,
      percent: coverage.percent,
    };
  });
}
