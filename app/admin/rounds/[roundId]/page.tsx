import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { penceToPoundsInput } from "@/lib/bids/bid-rules";
import { DomainError } from "@/lib/errors/domain-error";
import { formatUkDateTime } from "@/lib/format/dates";
import { ROUND_STATE_TAGS } from "@/lib/format/labels";
import { getRoundForAdmin } from "@/lib/rounds/get-round-for-admin";
import { toLondonLocal } from "@/lib/rounds/london-time";
import { NEXT_STATE, scoringFrozen, TRANSITION_LABELS } from "@/lib/rounds/round-rules";
import { CriteriaForm, RoundDetailsForm, RoundStateForm, ScaleForm } from "../round-forms";

export const metadata: Metadata = { title: "Edit a round" };
export const dynamic = "force-dynamic";

export default async function EditRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { roundId } = await params;
  const { saved } = await searchParams;
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: `/admin/rounds/${roundId}` });
  const round = await getRoundForAdmin({ actor, roundId }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const next = NEXT_STATE[round.state];
  const frozen = scoringFrozen({ reviews: round._count.reviews });
  return (
    <PageWidth>
      <p>
        <Link href="/admin/rounds">Back to the rounds</Link>
      </p>
      <Caption>Programme admin</Caption>
      <h1>{round.title}</h1>
      {saved ? (
        <div role="status" className="mb-nhs-4 border-l-8 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">Saved</p>
        </div>
      ) : null}
      <p>
        <Tag colour={ROUND_STATE_TAGS[round.state].colour}>
          {ROUND_STATE_TAGS[round.state].label}
        </Tag>{" "}
        Closes {formatUkDateTime(round.closesAt)}. {round._count.bids} bids.{" "}
        {round.state !== "DRAFT" ? <Link href={`/rounds/${round.slug}`}>Public page</Link> : null}
      </p>
      {next ? (
        <RoundStateForm
          roundId={round.id}
          version={round.version}
          to={next}
          label={TRANSITION_LABELS[next] ?? next}
        />
      ) : null}

      {round.state !== "DRAFT" && round.state !== "OPEN" ? (
        <nav aria-labelledby="assessment-nav-heading" className="mb-nhs-6">
          <h2 id="assessment-nav-heading">Assessment</h2>
          <ul>
            <li>
              <Link href={`/admin/rounds/${round.id}/assessment`}>Assessors and reviews</Link>
            </li>
            <li>
              <Link href={`/admin/rounds/${round.id}/ranking`}>Ranking</Link>
            </li>
            <li>
              <Link href={`/admin/rounds/${round.id}/selection`}>Selection and decisions</Link>
            </li>
          </ul>
        </nav>
      ) : null}

      <h2>Details</h2>
      <RoundDetailsForm
        initial={{
          roundId: round.id,
          version: round.version,
          title: round.title,
          slug: round.slug,
          description: round.description,
          eligibility: round.eligibility,
          opensAt: toLondonLocal(round.opensAt),
          closesAt: toLondonLocal(round.closesAt),
          budget: penceToPoundsInput(round.budgetPence),
          pilotPlaces: String(round.pilotPlaces),
          assessorsPerBid: String(round.assessorsPerBid),
          disagreementThreshold: round.disagreementThreshold.toString(),
        }}
      />

      <h2>Criteria</h2>
      {frozen ? (
        <InsetText>
          <p className="m-0">
            Bids in this round are being reviewed, so the criteria and the scale are frozen. Weights
            only combine the scores: try and save new ones on the{" "}
            <Link href={`/admin/rounds/${round.id}/ranking`}>ranking</Link> until the first decision
            is recorded.
          </p>
        </InsetText>
      ) : (
        <CriteriaForm
          roundId={round.id}
          criteria={round.criteria.map((c) => ({
            name: c.name,
            guidance: c.guidance,
            weight: c.weight,
          }))}
        />
      )}
      {frozen ? (
        <ul className="list-disc pl-nhs-4">
          {round.criteria.map((c) => (
            <li key={c.id}>
              {c.name} ({c.weight})
            </li>
          ))}
        </ul>
      ) : null}

      <h2>Scoring scale</h2>
      {frozen ? (
        <ul className="list-disc pl-nhs-4">
          {round.scalePoints.map((p) => (
            <li key={p.id}>
              {p.value} – {p.label}: {p.descriptor}
            </li>
          ))}
        </ul>
      ) : (
        <ScaleForm
          roundId={round.id}
          points={round.scalePoints.map((p) => ({
            value: p.value,
            label: p.label,
            descriptor: p.descriptor,
          }))}
        />
      )}
    </PageWidth>
  );
}
