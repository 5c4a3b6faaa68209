/**
 * Issue 3 acceptance: the footprints list, a footprint's page and the people directory run a
 * fixed number of SQL queries, whatever the number of rows (no N+1). Each is measured at two data
 * sizes and the counts must be equal. Issue 13: so does the governance dashboard, whatever the
 * number of footprints and periods.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { ZFootprintFilter } from "@/lib/footprints/footprint-filter";
import { getFootprint } from "@/lib/footprints/get-footprint";
import { listFootprints } from "@/lib/footprints/list-footprints";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { listPeople } from "@/lib/people/list-people";
import { ZPeopleFilter } from "@/lib/people/people-filter";
import { createFootprint, createRegion, testDb, unique } from "../factories";
import { ZDashboardFilter } from "@/lib/governance/dashboard-filter";
import { getDashboard } from "@/lib/governance/get-dashboard";
import { createAssessment, createClosedPeriod } from "../factories/governance";
import {
  createBoardAdminActor,
  createMemberActor,
  createOrganisation,
  createPerson,
  createProgrammeAdminActor,
} from "../factories/people";

// The app's client (lib/db/prisma.ts) is created on first use from globalThis.portalPrisma: give
// it one that reports every query, before anything uses it.
const counting = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
  log: [{ emit: "event", level: "query" }],
});
let queries = 0;
counting.$on("query", () => {
  queries += 1;
});
(globalThis as unknown as { portalPrisma?: PrismaClient }).portalPrisma = counting;

async function countQueries(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await work();
  return queries;
}

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

/** A footprint with `size` organisations, people (appointed, leading, holding seats, declaring). */
async function grow({
  footprintId,
  regionId,
  size,
}: {
  footprintId: string;
  regionId: string;
  size: number;
}) {
  for (let i = 0; i < size; i++) {
    await createFootprint({ regionId });
    const organisation = await createOrganisation({ footprintIds: [footprintId] });
    const { person } = await createPerson({
      organisationId: organisation.id,
      visibility: { appointmentsVisibility: "MEMBERS", skillsVisibility: "MEMBERS" },
    });
    const workstream = await testDb().workstream.create({
      data: { footprintId, name: `Workstream ${unique()}` },
    });
    const seat = await testDb().boardSeat.create({
      data: { footprintId, name: `Seat ${unique()}` },
    });
    await testDb().assignment.createMany({
      data: [
        {
          personId: person.id,
          workstreamId: workstream.id,
          role: "LEAD",
          startsOn: new Date("2024-01-01"),
        },
        {
          personId: person.id,
          boardSeatId: seat.id,
          role: "MEMBER",
          startsOn: new Date("2024-01-01"),
        },
      ],
    });
    await testDb().declaration.create({
      data: {
        personId: person.id,
        type: "FINANCIAL",
        partyName: `Party ${i}`,
        description: "Shares",
        startsOn: new Date("2024-01-01"),
        published: true,
      },
    });
    await testDb().network.create({
      data: { footprintId, name: `Network ${unique()}`, purpose: "x" },
    });
  }
}

let actor: Actor;
let regionId: string;
let footprintId: string;

beforeAll(async () => {
  actor = (await createMemberActor()).actor;
  regionId = (await createRegion()).id;
  footprintId = (await createFootprint({ regionId })).id;
});

describe("query counts do not grow with the data", () => {
  it("footprints list, footprint page and people directory", async () => {
    const measure = async () => ({
      list: await countQueries(() =>
        listFootprints({ filter: ZFootprintFilter.parse({ kind: "ALL", region: regionId }) }),
      ),
      page: await countQueries(() => getFootprint({ id: footprintId, actor })),
      people: await countQueries(() =>
        listPeople({ actor, filter: ZPeopleFilter.parse({ footprint: footprintId }) }),
      ),
    });

    await grow({ footprintId, regionId, size: 2 });
    const small = await measure();
    const smallPage = await getFootprint({ id: footprintId, actor });
    expect(smallPage.footprint.workstreams).toHaveLength(2);
    expect(smallPage.nonExecutives).toHaveLength(2);

    await grow({ footprintId, regionId, size: 8 });
    const large = await measure();
    const largePage = await getFootprint({ id: footprintId, actor });
    expect(largePage.footprint.workstreams).toHaveLength(10);
    expect(largePage.register).toHaveLength(10);
    const people = await listPeople({
      actor,
      filter: ZPeopleFilter.parse({ footprint: footprintId }),
    });
    expect(people.total).toBe(10);
    expect(people.people.every((p) => p.skills?.length === 1)).toBe(true);

    // The counts are small and fixed: not one per row.
    expect(small.list).toBeGreaterThan(0);
    expect(large).toEqual(small);
    expect(large.page).toBeLessThan(25);
    expect(large.people).toBeLessThan(10);
  });
});

describe("the governance dashboard's query count does not grow with footprints or periods", () => {
  it("is the same for a visitor, a board admin and a programme admin at two sizes", async () => {
    const region = await createRegion();
    const first = await createFootprint({ regionId: region.id });
    const boardAdmin = (await createBoardAdminActor({ footprintId: first.id })).actor;
    const programmeAdmin = await createProgrammeAdminActor();
    const footprints = [first];
    const periods: { id: string }[] = [];
    // Deadlines long ago, so no other test's periods sit among these.
    let year = 1950;
    const grow = async ({
      addPeriods,
      addFootprints,
    }: {
      addPeriods: number;
      addFootprints: number;
    }) => {
      for (let i = 0; i < addFootprints; i++)
        footprints.push(await createFootprint({ regionId: region.id }));
      for (let p = 0; p < addPeriods; p++)
        periods.push(
          await createClosedPeriod({ closesAt: new Date(Date.UTC(year++, 11, 12, 17)) }),
        );
      // Every footprint assessed in every period: most published, one left unpublished each time.
      for (const period of periods)
        for (const [index, footprint] of footprints.entries()) {
          const exists = await testDb().governanceAssessment.findUnique({
            where: { periodId_footprintId: { periodId: period.id, footprintId: footprint.id } },
          });
          if (!exists)
            await createAssessment({
              periodId: period.id,
              footprintId: footprint.id,
              state: index === 0 ? "submitted" : "published",
              rating: 1 + ((index + periods.indexOf(period)) % 4),
            });
        }
    };
    const measure = async () => {
      const filter = ZDashboardFilter.parse({ period: periods.at(-1)!.id, region: region.id });
      const counts: Record<string, number> = {};
      for (const [name, actor] of [
        ["visitor", null],
        ["board admin", boardAdmin],
        ["programme admin", programmeAdmin],
      ] as const)
        counts[name] = await countQueries(() => getDashboard({ actor, filter }));
      const rows = (await getDashboard({ actor: programmeAdmin, filter })).rowCount;
      return { counts, rows };
    };

    await grow({ addPeriods: 2, addFootprints: 2 });
    const small = await measure();
    expect(small.rows).toBe(3);
    await grow({ addPeriods: 4, addFootprints: 9 });
    const large = await measure();
    expect(large.rows).toBe(12);
    const visitorRows = (
      await getDashboard({
        actor: null,
        filter: ZDashboardFilter.parse({ period: periods.at(-1)!.id, region: region.id }),
      })
    ).rowCount;
    expect(visitorRows).toBe(11);

    expect(large.counts).toEqual(small.counts);
    expect(small.counts.visitor).toBeGreaterThan(0);
    expect(Math.max(...Object.values(large.counts))).toBeLessThanOrEqual(6);
  });
});
