import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { requireUser } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { BID_STATE_TAGS } from "@/lib/format/labels";
import { formatPence } from "@/lib/format/money";
import { sectionBySlug } from "@/lib/bids/sections";
import { loadBidOr404 } from "./load-bid";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "Your bid" };

export default async function BidPage({
  params,
  searchParams,
}: {
  params: Promise<{ bidId: string }>;
  searchParams: Promise<{ saved?: string; withdrawn?: string }>;
}) {
  const { bidId } = await params;
  const { saved, withdrawn } = await searchParams;
  const actor = await requireUser({ returnTo: `/bids/${bidId}` });
  const bid = await loadBidOr404({ actor, bidId });
  const path = `/bids/${bid.id}`;
  const answered = bid.sections.filter((s) => s.body.trim()).length;
  const savedTitle =
    saved === "budget"
      ? "Funding and budget"
      : saved === "partners"
        ? "Partner organisations"
        : saved
          ? sectionBySlug(saved)?.title
          : undefined;
  return (
    <PageWidth>
      <Caption>
        {bid.footprint.name} · {bid.round.title}
      </Caption>
      <h1>{bid.title}</h1>
      {savedTitle ? (
        <div role="status" className="mb-nhs-4 border-l-8 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">Saved: {savedTitle}</p>
        </div>
      ) : null}
      {withdrawn ? (
        <div role="status" className="mb-nhs-4 border-l-8 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">The bid has been withdrawn</p>
        </div>
      ) : null}
      <p>
        <Tag colour={BID_STATE_TAGS[bid.state].colour}>{BID_STATE_TAGS[bid.state].label}</Tag>
      </p>
      {bid.state === "DRAFT" && bid.window === "open" ? (
        <p>
          Submit by <strong>{formatUkDateTime(bid.round.closesAt)}</strong>. You have answered{" "}
          {answered} of {bid.sections.length} questions. Answers are saved as you go: you can leave
          and come back, here or on another device.
        </p>
      ) : null}
      {bid.state === "DRAFT" && bid.window === "closed" ? (
        <InsetText>
          <p className="m-0">
            The round closed on {formatUkDateTime(bid.round.closesAt)}. This draft was not
            submitted, so it can no longer be changed, but you can still read it.
          </p>
        </InsetText>
      ) : null}
      {bid.submittedAt && bid.state !== "DRAFT" ? (
        <p>
          Submitted on {formatUkDateTime(bid.submittedAt)}
          {bid.withdrawnAt ? `, withdrawn on ${formatUkDateTime(bid.withdrawnAt)}` : ""}.
        </p>
      ) : null}
      <p>
        Lead: {bid.leadUser.name}
        {bid.coAuthors.length
          ? `. Co-authors: ${bid.coAuthors.map((c) => c.user.name).join(", ")}`
          : ""}
        . <Link href={`${path}/co-authors`}>Co-authors</Link>
      </p>

      <h2>1. Your answers</h2>
      <TaskList
        tasks={bid.sections.map((section) => ({
          id: `task-${section.slug}`,
          title: section.title,
          href: `${path}/sections/${section.slug}`,
          status: section.body.trim() ? "Completed" : "Not started",
        }))}
      />
      <h2>2. Partners and funding</h2>
      <TaskList
        tasks={[
          {
            id: "task-partners",
            title: "Partner organisations",
            href: `${path}/partners`,
            status: bid.partners.length ? "Completed" : "Not started",
            hint: bid.partners.length ? `${bid.partners.length} chosen` : undefined,
          },
          {
            id: "task-budget",
            title: "Funding and budget",
            href: `${path}/budget`,
            status: bid.budgetLines.length ? "Completed" : "Not started",
            hint: bid.amountRequestedPence
              ? `${formatPence(bid.amountRequestedPence)} requested`
              : undefined,
          },
        ]}
      />
      <h2>3. Check and submit</h2>
      <TaskList
        tasks={[
          {
            id: "task-check",
            title: bid.state === "DRAFT" ? "Check your answers and submit" : "Read the bid",
            href: `${path}/check`,
            status: bid.state === "DRAFT" ? "Not started" : "Completed",
          },
        ]}
      />
      <p>
        <Link href={`${path}/print`}>Printable version of the bid</Link>
      </p>
      {bid.canWithdraw ? <WithdrawForm bidId={bid.id} /> : null}
    </PageWidth>
  );
}
