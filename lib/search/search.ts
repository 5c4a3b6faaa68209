import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { Prisma } from "../generated/prisma/client";
import { containsPattern, isSearchable, queryWords } from "./search-query";

const LIMIT = 10;

type Hit = { id: string; name: string; detail: string | null; rank: number };

/**
 * Searches footprints, networks, organisations and (signed in only) people by name, ranked by
 * PostgreSQL's trigram word similarity. Every condition (`<%` and ILIKE) is answered by the
 * pg_trgm GIN indexes of the search migration, never by a scan of every row.
 */
export async function search({ actor, query }: { actor: Actor | null; query: string }) {
  if (!isSearchable(query)) return null;
  const like = containsPattern(query);
  const words = queryWords(query);
  const [footprints, networks, organisations, people] = await Promise.all([
    prisma.$queryRaw<Hit[]>`
      SELECT f."id", f."name", f."kind"::text AS "detail",
             word_similarity(${query}, f."name")::float8 AS "rank"
        FROM "Footprint" f
       WHERE ${query} <% f."name" OR f."name" ILIKE ${like}
       ORDER BY "rank" DESC, f."name" ASC
       LIMIT ${LIMIT}`,
    prisma.$queryRaw<Hit[]>`
      SELECT n."id", n."name", n."status"::text AS "detail",
             word_similarity(${query}, n."name")::float8 AS "rank"
        FROM "Network" n
       WHERE ${query} <% n."name" OR n."name" ILIKE ${like}
       ORDER BY "rank" DESC, n."name" ASC
       LIMIT ${LIMIT}`,
    prisma.$queryRaw<Hit[]>`
      SELECT o."id", o."name", o."kind"::text AS "detail",
             word_similarity(${query}, o."name")::float8 AS "rank"
        FROM "Organisation" o
       WHERE (${query} <% o."name" OR o."name" ILIKE ${like}) AND o."closedOn" IS NULL
       ORDER BY "rank" DESC, o."name" ASC
       LIMIT ${LIMIT}`,
    actor
      ? prisma.$queryRaw<Hit[]>`
          SELECT p."id", p."givenName" || ' ' || p."familyName" AS "name", NULL AS "detail",
                 word_similarity(${query}, p."givenName" || ' ' || p."familyName")::float8 AS "rank"
            FROM "Person" p
           WHERE ${Prisma.join(
             words.map(
               (word) =>
                 Prisma.sql`(${word} <% p."givenName" OR ${word} <% p."familyName"
                   OR p."givenName" ILIKE ${containsPattern(word)}
                   OR p."familyName" ILIKE ${containsPattern(word)})`,
             ),
             " AND ",
           )}
             AND EXISTS (SELECT 1 FROM "Appointment" a
                          WHERE a."personId" = p."id" AND a."startsOn" <= CURRENT_DATE
                            AND (a."endsOn" IS NULL OR a."endsOn" >= CURRENT_DATE))
           ORDER BY "rank" DESC, p."familyName" ASC, p."givenName" ASC
           LIMIT ${LIMIT}`
      : Promise.resolve(null),
  ]);
  return { footprints, networks, organisations, people };
}
