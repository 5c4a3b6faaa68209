import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { search } from "@/lib/search/search";
import { createFootprint, testDb, unique } from "../factories";
import { createMemberActor, createOrganisation, createPerson } from "../factories/people";

afterAll(async () => {
  await prisma.$disconnect();
  await testDb().$disconnect();
});

describe("search", () => {
  it("ranks the closest names first across footprints, organisations and people", async () => {
    const word = unique("Zephyr").replace("-", "");
    const exact = await createFootprint({ name: `${word} Heartlands` });
    const looser = await createFootprint({ name: `Heartlands of North ${word} and District` });
    const organisation = await createOrganisation({
      footprintIds: [exact.id],
      name: `${word} Heartlands NHS Trust`,
    });
    const { person } = await createPerson({ organisationId: organisation.id, familyName: word });
    const { actor } = await createMemberActor();

    const results = await search({ actor, query: `${word} Heartlands` });
    expect(results!.footprints.map((f) => f.id).slice(0, 2)).toEqual([exact.id, looser.id]);
    expect(results!.footprints[0]!.rank).toBeGreaterThan(results!.footprints[1]!.rank);
    expect(results!.organisations.map((o) => o.id)).toContain(organisation.id);

    const people = await search({ actor, query: word.toLowerCase() });
    expect(people!.people!.map((p) => p.id)).toEqual([person.id]);
    // Signed out: no people at all.
    expect((await search({ actor: null, query: word }))!.people).toBeNull();
    // Too short to search.
    expect(await search({ actor, query: "a" })).toBeNull();
  });

  it("takes LIKE wildcards in a query literally", async () => {
    const results = await search({ actor: null, query: "%%" });
    expect(results!.footprints).toEqual([]);
  });

  it("is answered by the trigram indexes, not a scan of every row", async () => {
    // With sequential scans priced out, the planner must find an index that can answer both
    // conditions; without one it would still scan.
    const plans = await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const plan = (rows: { "QUERY PLAN": string }[]) =>
        rows.map((r) => r["QUERY PLAN"]).join("\n");
      type Plan = { "QUERY PLAN": string }[];
      return [
        plan(
          await tx.$queryRaw<Plan>`EXPLAIN SELECT "id" FROM "Footprint" WHERE 'surrey' <% "name" OR "name" ILIKE '%surrey%'`,
        ),
        plan(
          await tx.$queryRaw<Plan>`EXPLAIN SELECT "id" FROM "Organisation" WHERE "name" ILIKE '%surrey%'`,
        ),
        plan(await tx.$queryRaw<Plan>`EXPLAIN SELECT "id" FROM "Network" WHERE 'surrey' <% "name"`),
        plan(
          await tx.$queryRaw<Plan>`EXPLAIN SELECT "id" FROM "Person" WHERE "familyName" ILIKE '%ash%' OR "givenName" ILIKE '%ash%'`,
        ),
      ];
    });
    expect(plans[0]).toContain("Footprint_name_trgm");
    expect(plans[1]).toContain("Organisation_name_trgm");
    expect(plans[2]).toContain("Network_name_trgm");
    expect(plans[3]).toMatch(/Person_(familyName|givenName)_trgm/);
  });
});
