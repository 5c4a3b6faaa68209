import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { SuccessNotice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { TextInput } from "@/components/ui/text-input";
import { requireRole } from "@/lib/auth/session";
import { ZSelectionParams } from "@/lib/decisions/decision-forms";
import { orNotFound } from "@/lib/errors/or-not-found";
import { DECISION_OUTCOME_LABELS, ROUND_STATE_TAGS } from "@/lib/format/labels";
import { formatPence } from "@/lib/format/money";
import { NEXT_STATE, TRANSITION_LABELS } from "@/lib/rounds/round-rules";
import { proposeSelection } from "@/lib/selection/propose-selection";
import { RoundStateForm } from "../../round-forms";
import { RecordProposalForm } from "./selection-forms";

export const metadata: Metadata = { title: "Selection and decisions" };
export const dynamic = "force-dynamic";

const SAVED: Record<string, string> = {
  decisions: "The decisions are recorded.",
  decision: "The decision is saved.",
};

export default async function SelectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { roundId } = await params;
  const query = await searchParams;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/rounds/${roundId}/selection`,
  });
  const parsed = ZSelectionParams.safeParse({ basis: query.basis, cap: query.cap });
  const settings = parsed.success ? parsed.data : { basis: "total" as const, cap: null };
  const capError = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const proposal = await orNotFound(
    proposeSelection({ actor, roundId, basis: settings.basis, regionCap: settings.cap }),
  );
  const { round, selection, rows } = proposal;
  const funded = rows.filter((r) => r.decision?.outcome === "FUNDED");
  const awarded = funded.reduce((sum, r) => sum + r.decision!.amountAwardedPence, 0);
  const decided = rows.filter((r) => r.decision).length;
  const next = NEXT_STATE[round.state];
  const basisLabel = settings.basis === "normalised" ? "normalised total" : "weighted total";
  return (
    <PageWidth>
      <p>
        <Link href={`/admin/rounds/${round.id}`}>Back to the round</Link>
      </p>
      <Caption>{round.title}</Caption>
      <h1>Selection and decisions</h1>
      {query.saved && SAVED[query.saved] ? (
        <SuccessNotice>{SAVED[query.saved]}</SuccessNotice>
      ) : null}
      <p>
        <Tag colour={ROUND_STATE_TAGS[round.state].colour}>
          {ROUND_STATE_TAGS[round.state].label}
        </Tag>{" "}
        {round.pilotPlaces} pilot places, a budget of {formatPence(round.budgetPence)}.{" "}
        <Link href={`/admin/rounds/${round.id}/ranking`}>Ranking</Link> ·{" "}
        <Link href={`/admin/rounds/${round.id}/decisions.csv`}>Download the decisions (CSV)</Link>
      </p>

      <h2>Proposed pilot sites</h2>
      <p>
        The set of bids with the highest {basisLabel} that fits in {round.pilotPlaces} places and
        the budget
        {settings.cap ? `, with at most ${settings.cap} per region` : ""}. It is worked out exactly,
        trying every combination that could do better, not by taking bids in order.
      </p>
      <form method="get" className="mb-nhs-5 bg-white p-nhs-4">
        <Select
          id="basis"
          name="basis"
          label="Score to select on"
          defaultValue={settings.basis}
          options={[
            { value: "total", label: "Weighted total" },
            { value: "normalised", label: "Normalised total (corrects harsh and lenient markers)" },
          ]}
        />
        <TextInput
          id="cap"
          name="cap"
          label="At most this many pilots per region (optional)"
          width={5}
          inputMode="numeric"
          error={capError}
          defaultValue={query.cap ?? ""}
        />
        <button
          type="submit"
          className="mb-nhs-2 cursor-pointer rounded border-2 border-nhs-blue bg-transparent px-nhs-3 py-nhs-2 text-nhs-19 font-semibold text-nhs-blue"
        >
          Work out the selection
        </button>
      </form>
      <p>
        <strong>
          {selection.selected.length} of {round.pilotPlaces} places,{" "}
          {formatPence(selection.totalCostPence)} of {formatPence(round.budgetPence)}
        </strong>
        , total score {selection.totalScore.toFixed(2)}.
      </p>
      <Table
        caption="Proposed and left out"
        head={["Bid", "Region", "Score", "Asks for", "Proposal"]}
        rows={rows.map((r) => [
          <span key="bid">
            {r.title}
            <span className="block text-nhs-16 text-nhs-secondary-text">{r.footprintName}</span>
          </span>,
          r.regionName,
          r.score === null ? "–" : r.score.toFixed(2),
          formatPence(r.amountRequestedPence),
          r.proposed ? (
            <Tag key="p" colour="green">
              Proposed
            </Tag>
          ) : (
            <span key="o">
              <Tag colour="grey">Left out</Tag>
              <span className="block text-nhs-16">{r.reason}</span>
            </span>
          ),
        ])}
      />

      <h2>Decisions</h2>
      <p>
        {decided} of {rows.length} bids decided. {funded.length} funded of {round.pilotPlaces}{" "}
        places; {formatPence(awarded)} awarded of {formatPence(round.budgetPence)}.
      </p>
      {round.state === "IN_ASSESSMENT" && !proposal.decisionsExist ? (
        <section aria-labelledby="record-heading" className="mb-nhs-6">
          <h3 id="record-heading">Record the proposal as the decisions</h3>
          <p>
            Funds each proposed bid with the amount it asked for and declines every other bid, with
            the reason it was left out. You can change any decision afterwards.
          </p>
          <RecordProposalForm roundId={round.id} basis={settings.basis} cap={settings.cap} />
        </section>
      ) : null}
      <Table
        caption="Decision per bid"
        head={["Bid", "Decision", "Awarded", "Rationale", ""]}
        rows={rows.map((r) => [
          r.title,
          r.decision ? (
            <Tag key="d" colour={r.decision.outcome === "FUNDED" ? "green" : "grey"}>
              {DECISION_OUTCOME_LABELS[r.decision.outcome]}
            </Tag>
          ) : (
            "Not decided"
          ),
          r.decision ? formatPence(r.decision.amountAwardedPence) : "–",
          r.decision ? (
            <span key="r" className="block text-nhs-16">
              {r.decision.rationale}
              <span className="block text-nhs-secondary-text">{r.decision.decidedBy.name}</span>
            </span>
          ) : (
            ""
          ),
          round.state === "IN_ASSESSMENT" ? (
            <Link key="l" href={`/admin/rounds/${round.id}/selection/${r.bidId}`}>
              {r.decision ? "Change" : "Decide"}
              <span className="sr-only"> {r.title}</span>
            </Link>
          ) : (
            ""
          ),
        ])}
      />
      {next === "DECIDED" || next === "PUBLISHED" ? (
        <section aria-labelledby="state-heading">
          <h3 id="state-heading">
            {next === "DECIDED" ? "When every bid is decided" : "Publish the outcome"}
          </h3>
          <p>
            {next === "DECIDED"
              ? "Marking the decisions as made fixes them and the weights."
              : "Publishing shows the pilot sites on the round's public page, tells the world which bids were funded, and makes their networks pilots."}
          </p>
          <RoundStateForm
            roundId={round.id}
            version={round.version}
            to={next}
            label={TRANSITION_LABELS[next] ?? next}
          />
        </section>
      ) : round.state === "PUBLISHED" ? (
        <InsetText>
          The outcome is published: <Link href={`/rounds/${round.slug}`}>see the public page</Link>.
        </InsetText>
      ) : null}
    </PageWidth>
  );
}
