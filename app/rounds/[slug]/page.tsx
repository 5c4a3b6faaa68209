import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { listPublishedPilots } from "@/lib/decisions/list-published-pilots";
import { formatUkDateTime } from "@/lib/format/dates";
import { ROUND_STATE_TAGS } from "@/lib/format/labels";
import { formatPence } from "@/lib/format/money";
import { getPublicRound } from "@/lib/rounds/get-public-round";
import { describeTimeLeft } from "@/lib/rounds/time-left";

export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string }>;
}): Promise<Metadata> {
  const round = await getPublicRound({ slug: (await params).slug });
  return { title: round?.title ?? "Funding round" };
}

export default async function RoundPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const round = await getPublicRound({ slug });
  if (!round) notFound();
  const actor = await getActor();
  const pilots = await listPublishedPilots({ roundId: round.id });
  const now = new Date();
  const timeLeft =
    round.state === "OPEN" ? describeTimeLeft({ closesAt: round.closesAt, now }) : null;
  const opensLater = round.state === "OPEN" && round.opensAt > now;
  return (
    <PageWidth>
      <Caption>Funding round</Caption>
      <h1>{round.title}</h1>
      <p>
        <Tag colour={ROUND_STATE_TAGS[round.state].colour}>
          {ROUND_STATE_TAGS[round.state].label}
        </Tag>
      </p>
      <InsetText>
        <p className="m-0">
          {opensLater ? (
            <>
              Opens <strong>{formatUkDateTime(round.opensAt)}</strong>.{" "}
            </>
          ) : null}
          {timeLeft ? "Bids close " : "Bids closed "}
          <strong>{formatUkDateTime(round.closesAt)}</strong> (UK time).
          {timeLeft && !opensLater ? ` ${timeLeft[0]!.toUpperCase()}${timeLeft.slice(1)}.` : null}
        </p>
        <p className="m-0">
          {round.pilotPlaces} pilot places, {formatPence(round.budgetPence)} in total.
        </p>
      </InsetText>

      {pilots.length ? (
        <section aria-labelledby="pilots-heading">
          <h2 id="pilots-heading">The {pilots.length} pilot sites</h2>
          <p>
            The outcome was published on {formatUkDateTime(round.publishedAt!)}. These footprints
            were chosen as pilot sites; the learning from them will be shared nationally.
          </p>
          <Table
            caption="Pilot sites"
            captionClassName="sr-only"
            head={["Footprint", "Region", "Pilot", "Network", "Awarded"]}
            rows={pilots.map((pilot) => [
              <strong key="f">
                <Link href={`/footprints/${pilot.footprint.id}`}>{pilot.footprint.name}</Link>
              </strong>,
              pilot.footprint.region.name,
              pilot.title,
              pilot.footprint.networks.length ? (
                <span key="n">
                  {pilot.footprint.networks.map((n) => (
                    <Link key={n.id} href={`/networks/${n.id}`} className="block">
                      {n.name}
                    </Link>
                  ))}
                </span>
              ) : (
                "–"
              ),
              formatPence(pilot.decision?.amountAwardedPence ?? 0),
            ])}
          />
        </section>
      ) : null}

      <h2>What the round funds</h2>
      <p className="whitespace-pre-wrap">{round.description}</p>
      <p>
        Proposals may set up a new network or take an existing one further. They may cover
        engagement with local authorities and the public, the use of technology to build the
        network, and links with trusts whose area reaches across several footprints.
      </p>

      {round.eligibility ? (
        <>
          <h2>Who can bid</h2>
          <p className="whitespace-pre-wrap">{round.eligibility}</p>
        </>
      ) : null}

      <h2>How bids are scored</h2>
      <p>Each bid is scored independently by {round.assessorsPerBid} assessors.</p>
      <Table
        caption="Criteria and their weights"
        captionClassName="text-nhs-19"
        head={["Criterion", "Weight", "What assessors look for"]}
        rows={round.criteria.map((criterion) => [
          <strong key="n">{criterion.name}</strong>,
          `${criterion.weight}%`,
          criterion.guidance,
        ])}
      />
      {round.scalePoints.length ? (
        <Table
          caption="The scoring scale"
          captionClassName="text-nhs-19"
          head={["Score", "Meaning"]}
          rows={round.scalePoints.map((point) => [
            `${point.value} – ${point.label}`,
            point.descriptor,
          ])}
        />
      ) : null}

      <h2>How to apply</h2>
      <ol className="list-decimal pl-nhs-4">
        <li>Sign in with your member account.</li>
        <li>
          Start your footprint&apos;s bid (one per footprint) and add co-authors from the footprint.
        </li>
        <li>
          Answer each question, name your partner organisations and set out the budget. Your answers
          are saved as you go.
        </li>
        <li>Check your answers, confirm the declaration and submit before the deadline.</li>
      </ol>
      {timeLeft ? (
        <p>
          {actor ? (
            <Link href="/bids">Go to your bids</Link>
          ) : (
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/bids")}`}>
              Sign in to start or continue a bid
            </Link>
          )}
        </p>
      ) : null}
    </PageWidth>
  );
}
