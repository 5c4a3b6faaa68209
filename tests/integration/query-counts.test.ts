/**
 * Issue 3 acceptance: the footprints list, a footprint's page and the people directory run a
 * fixed number of SQL queries, whatever the number of rows (no N+1). Each is measured at two data
 * sizes and the counts must be equal.
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
import { createMemberActor, createOrganisation, createPerson } from "../factories/people";

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
