import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { formatUkDate } from "@/lib/format/dates";
import { loadBidOr404 } from "../load-bid";
import { CoAuthorForm } from "./co-author-form";

export const metadata: Metadata = { title: "Co-authors" };

export default async function CoAuthorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ bidId: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { bidId } = await params;
  const { added } = await searchParams;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/co-authors` });
  const bid = await loadBidOr404({ actor, bidId });
  return (
    <PageWidth>
      <p>
        <Link href={`/bids/${bid.id}`}>Back to the bid</Link>
      </p>
      <Caption>{bid.title}</Caption>
      <h1>Co-authors</h1>
      {added ? (
        <div role="status" className="mb-nhs-4 border-l-8 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">Co-author added. They have been notified.</p>
        </div>
      ) : null}
      <p>
        Lead: <strong>{bid.leadUser.name}</strong>
      </p>
      {bid.coAuthors.length ? (
        <ul className="list-disc pl-nhs-4">
          {bid.coAuthors.map((c) => (
            <li key={c.user.id}>
              {c.user.name}, added {formatUkDate(c.addedAt)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No co-authors yet.</p>
      )}
      {bid.isLead && bid.canEdit ? (
        <CoAuthorForm bidId={bid.id} footprintName={bid.footprint.name} />
      ) : null}
    </PageWidth>
  );
}
