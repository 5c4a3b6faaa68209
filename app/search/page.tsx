import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { getActor } from "@/lib/auth/session";
import { ORGANISATION_KIND_LABELS } from "@/lib/format/directory-labels";
import { NETWORK_STATUS_TAGS } from "@/lib/format/labels";
import type { NetworkStatus, OrganisationKind } from "@/lib/generated/prisma/enums";
import { search } from "@/lib/search/search";
import { normaliseQuery } from "@/lib/search/search-query";

export const metadata: Metadata = { title: "Search" };
export const dynamic = "force-dynamic";

type Hit = { id: string; name: string; detail: string | null };

function Results({
  title,
  hits,
  href,
  detail,
}: {
  title: string;
  hits: Hit[];
  href?: (id: string) => string;
  detail?: (hit: Hit) => string | null;
}) {
  return (
    <section aria-labelledby={`results-${title}`}>
      <h2 id={`results-${title}`}>
        {title} ({hits.length})
      </h2>
      {hits.length ? (
        <ol className="pl-nhs-4">
          {hits.map((hit) => (
            <li key={hit.id} className="mb-nhs-1">
              {href ? <Link href={href(hit.id)}>{hit.name}</Link> : hit.name}
              {detail?.(hit) ? (
                <span className="text-nhs-secondary-text"> ({detail(hit)})</span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>No matches.</p>
      )}
    </section>
  );
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = normaliseQuery((await searchParams).q);
  const actor = await getActor();
  const results = await search({ actor, query });
  return (
    <PageWidth>
      <h1>Search</h1>
      <form method="get" action="/search" role="search" aria-label="Search again">
        <TextInput
          id="search-page-q"
          name="q"
          type="search"
          label="Search footprints, networks, organisations and people"
          defaultValue={query}
          width={20}
        />
        <Button variant="secondary">Search</Button>
      </form>
      {!results ? (
        <p>Enter at least two letters.</p>
      ) : (
        <>
          <p aria-live="polite">
            Results for <strong>“{query}”</strong>, best matches first.
          </p>
          <Results
            title="Footprints"
            hits={results.footprints}
            href={(id) => `/footprints/${id}`}
            detail={(hit) => hit.detail}
          />
          <Results
            title="Networks"
            hits={results.networks}
            href={(id) => `/networks/${id}`}
            detail={(hit) => NETWORK_STATUS_TAGS[hit.detail as NetworkStatus]?.label ?? null}
          />
          <Results
            title="Organisations"
            hits={results.organisations}
            detail={(hit) => ORGANISATION_KIND_LABELS[hit.detail as OrganisationKind] ?? null}
          />
          {results.people ? (
            <Results title="People" hits={results.people} href={(id) => `/people/${id}`} />
          ) : (
            <p>
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/search?q=${query}`)}`}>
                Sign in
              </Link>{" "}
              to search for people too.
            </p>
          )}
        </>
      )}
    </PageWidth>
  );
}
