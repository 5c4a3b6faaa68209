import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { penceToPoundsInput } from "@/lib/bids/bid-rules";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatPence } from "@/lib/format/money";
import { proposeSelection } from "@/lib/selection/propose-selection";
import { DecisionForm } from "../selection-forms";

export const metadata: Metadata = { title: "Decide on a bid" };
export const dynamic = "force-dynamic";

export default async function DecisionPage({
  params,
}: {
  params: Promise<{ roundId: string; bidId: string }>;
}) {
  const { roundId, bidId } = await params;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/rounds/${roundId}/selection/${bidId}`,
  });
  const { round, rows } = await orNotFound(proposeSelection({ actor, roundId }));
  const row = rows.find((r) => r.bidId === bidId);
  if (!row) notFound();
  return (
    <PageWidth>
      <p>
        <Link href={`/admin/rounds/${round.id}/selection`}>Back to selection and decisions</Link>
      </p>
      <Caption>{round.title}</Caption>
      <h1>Decide on {row.title}</h1>
      <SummaryList
        rows={[
          { key: "Footprint", value: `${row.footprintName} (${row.regionName})` },
          { key: "Asks for", value: formatPence(row.amountRequestedPence) },
          {
            key: "Weighted total",
            value: row.score === null ? "Not scored" : row.score.toFixed(2),
          },
          { key: "Rank", value: row.rank === null ? "–" : String(row.rank) },
          {
            key: "Proposal",
            value: row.proposed ? "Proposed for a pilot place" : (row.reason ?? "Left out"),
          },
        ]}
      />
      {round.state === "IN_ASSESSMENT" ? (
        <DecisionForm
          roundId={round.id}
          bidId={row.bidId}
          version={row.decision?.version ?? 0}
          outcome={row.decision?.outcome ?? null}
          amount={penceToPoundsInput(row.decision?.amountAwardedPence || row.amountRequestedPence)}
          rationale={row.decision?.rationale ?? ""}
        />
      ) : (
        <p>Decisions can be changed only while the round is in assessment.</p>
      )}
    </PageWidth>
  );
}
