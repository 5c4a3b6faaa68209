import "server-only";
import type { Actor } from "../auth/session";
import { prisma } from "../db/prisma";
import { Prisma } from "../generated/prisma/client";
import { containsPattern, isSearchable, queryWords } from "./search-query";

const LIMIT = 10;

type Hit = { id: string; name: string; detail: string | null; rank: number };

/**
 * A name matches the whole query (similar words or the exact phrase), or every word of it, in any
 * order. Each test is one the column's trigram index answers.
 */
function nameMatches(column: string, query: string, words: string[]) {
  const col = Prisma.raw(column);
  return Prisma.sql`(${query} <% ${col} OR ${col} ILIKE ${containsPattern(query)} OR (${Prisma.join(
    words.map((word) => Prisma.sql`(${word} <% ${col} OR ${col} ILIKE ${containsPattern(word)})`),
    " AND ",
  )}))`;
}

/**
 * Searches footprints, networks, organisations and (signed in only) people by name, ranked by
 * PostgreSQL's trigram word similarity. Every condition (`<%` and ILIKE) is answered by the
 * pg_trgm GIN indexes of the search migration, never by a scan of every row.
 */
export async function search({ actor, query }: { actor: Actor | null; query: string }) {
  if (!isSearchable(query)) return null;
  const words = queryWords(query);
  const [footprints, networks, organisations, people] = await Promise.all([
    prisma.$queryRaw<Hit[]>`
      SELECT f."id", f."name", f."kind"::text AS "detail",
             word_similarity(${query}, f."name")::float8 AS "rank"
        FROM "Footprint" f
       WHERE ${nameMatches('f."name"', query, words)}
       ORDER BY "rank" DESC, f."name" ASC
       LIMIT ${LIMIT}`,
    prisma.$queryRaw<Hit[]>`
      SELECT n."id", n."name", n."status"::text AS "detail",
             word_similarity(${query}, n."name")::float8 AS "rank"
        FROM "Network" n
       WHERE ${nameMatches('n."name"', query, words)}
       ORDER BY "rank" DESC, n."name" ASC
       LIMIT ${LIMIT}`,
    prisma.$queryRaw<Hit[]>`
      SELECT o."id", o."name", o."kind"::text AS "detail",
             word_similarity(${query}, o."name")::float8 AS "rank"
        FROM "Organisation" o
       WHERE ${nameMatches('o."name"', query, words)} AND o."closedOn" IS NULL
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
