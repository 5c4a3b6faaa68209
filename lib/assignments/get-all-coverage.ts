import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { DomainError } from "../errors/domain-error";
import { computeCoverage } from "./coverage";

/**
 * Programme admins' view of coverage across every footprint that has workstreams or seats. Two
 * queries in all: footprints with their open workstreams and seats, each with its current
 * assignments' roles only.
 */
export async function getAllCoverage({ actor }: { actor: Actor }) {
  if (!actor.roles.has("PROGRAMME_ADMIN"))
    throw new DomainError({ code: "NOT_FOUND", message: "Page not found" });
  const current = { where: { endsOn: null }, select: { role: true } };
  const footprints = await prisma.footprint.findMany({
    where: { OR: [{ workstreams: { some: {} } }, { boardSeats: { some: {} } }] },
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
