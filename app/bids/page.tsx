import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Card } from "@/components/ui/card";
import { Tag } from "@/components/ui/tag";
import { requireUser } from "@/lib/auth/session";
import { listMyBids } from "@/lib/bids/list-my-bids";
import { formatUkDateTime } from "@/lib/format/dates";
import { BID_STATE_TAGS } from "@/lib/format/labels";
import { StartBidForm } from "./start-bid-form";

export const metadata: Metadata = { title: "Your bids" };

export default async function BidsPage() {
  const actor = await requireUser({ returnTo: "/bids" });
  const { bids, startable } = await listMyBids({ actor });
  return (
    <PageWidth>
      <Caption>Pilot sites round</Caption>
      <h1>Your bids</h1>
      {bids.length ? (
        bids.map((bid) => (
          <Card key={bid.id} heading={bid.title} href={`/bids/${bid.id}`} headingLevel="h2">
            <p className="mb-nhs-2">
              {bid.footprint.name} · {bid.round.title} ·{" "}
              {bid.leadUserId === actor.id ? "you are the lead" : "you are a co-author"}
            </p>
            <Tag colour={BID_STATE_TAGS[bid.state].colour}>{BID_STATE_TAGS[bid.state].label}</Tag>
            <p className="mb-0 mt-nhs-2 text-nhs-16">
              The round closes {formatUkDateTime(bid.round.closesAt)}.
            </p>
          </Card>
        ))
      ) : (
        <p>You are not writing a bid.</p>
      )}

      {startable.map(({ round, footprints }) => (
        <section key={round.id} aria-labelledby={`start-${round.id}`}>
          <h2 id={`start-${round.id}`}>Start a bid to {round.title}</h2>
          <p>
            Bids close <strong>{formatUkDateTime(round.closesAt)}</strong>.{" "}
            <Link href={`/rounds/${round.slug}`}>Read about the round</Link>.
          </p>
          {footprints.length ? (
            <StartBidForm roundId={round.id} footprints={footprints} />
          ) : (
            <p>
              Every footprint where you hold an appointment already has a bid in this round. Ask its
              lead to add you as a co-author.
            </p>
          )}
        </section>
      ))}
    </PageWidth>
  );
}
