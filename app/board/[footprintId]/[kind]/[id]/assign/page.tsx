import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { InsetText } from "@/components/ui/inset-text";
import { Tag } from "@/components/ui/tag";
import { TextInput } from "@/components/ui/text-input";
import type { RankedCandidate } from "@/lib/assignments/rank-candidates";
import { suggestPeople } from "@/lib/assignments/suggest-people";
import { ZTargetKind } from "@/lib/assignments/target-kind";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { ukDateString } from "@/lib/format/dates";
import { z } from "zod";
import { AssignPersonForm } from "../../../assignment-forms";

export const metadata: Metadata = { title: "Assign someone" };

const ZQuery = z.object({ search: z.string().trim().max(100).optional() });

export default async function AssignPage({
  params,
  searchParams,
}: {
  params: Promise<{ footprintId: string; kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ footprintId, kind: rawKind, id }, rawQuery] = await Promise.all([params, searchParams]);
  const kind = ZTargetKind.safeParse(rawKind);
  if (!kind.success) notFound();
  const path = `/board/${footprintId}/${kind.data}/${id}`;
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: `${path}/assign` });
  const query = ZQuery.safeParse(rawQuery);
  const search = query.success && query.data.search ? query.data.search : undefined;
  const { target, suggestions, others } = await orNotFound(
    suggestPeople({ actor, footprintId, kind: kind.data, id, search }),
  );
  if (target.closed) notFound();
  const today = ukDateString(new Date());
  const needed = target.skills.length;

  const card = (candidate: RankedCandidate) => (
    <li key={candidate.personId} className="mb-nhs-4 border border-nhs-border bg-white p-nhs-4">
      <h3 className="mt-0">{candidate.name}</h3>
      <ul className="mb-nhs-3 list-disc pl-nhs-4 text-nhs-16">
        {candidate.eligible ? (
          candidate.eligibilityReasons.map((reason) => <li key={reason}>{reason}</li>)
        ) : (
          <li>
            <Tag colour="orange">Not eligible</Tag> No current non-executive appointment in{" "}
            {target.footprint.name}, and not a member of its network
          </li>
        )}
        {kind.data === "workstreams" ? (
          <li>
            {needed
              ? `Skills: ${candidate.matchingSkills} of the ${needed} needed`
              : "No particular skills needed"}
            {candidate.skillNames.length ? ` (has ${candidate.skillNames.join(", ")})` : ""}
          </li>
        ) : null}
        <li>
          Leads {candidate.currentLeadRoles} workstream{candidate.currentLeadRoles === 1 ? "" : "s"}{" "}
          now (cap {target.footprint.leadCap})
          {candidate.currentLeadRoles >= target.footprint.leadCap ? (
            <>
              {" "}
              <Tag colour="orange">At the lead cap</Tag>
            </>
          ) : null}
        </li>
        {candidate.interestFlags.map((flag) => (
          <li key={flag}>
            <Tag colour="yellow">Interest</Tag> {flag}
          </li>
        ))}
      </ul>
      <AssignPersonForm
        footprintId={footprintId}
        kind={kind.data}
        targetId={target.id}
        personId={candidate.personId}
        personName={candidate.name}
        today={today}
        needsReason={!candidate.eligible}
        defaultRole={candidate.currentLeadRoles >= target.footprint.leadCap ? "MEMBER" : "LEAD"}
      />
    </li>
  );

  return (
    <PageWidth>
      <Caption>{target.footprint.name}</Caption>
      <h1>Assign someone to {target.name}</h1>
      <p>
        Suggestions are the people with a current non-executive appointment at an organisation in{" "}
        {target.footprint.name}, or a member of its network: those with the skills it needs first,
        then those with fewer lead roles. Declared interests that touch it are flagged.
      </p>
      <h2>Suggestions ({suggestions.length})</h2>
      {suggestions.length ? (
        <ol className="list-none p-0">{suggestions.map(card)}</ol>
      ) : (
        <p>Nobody eligible is free to assign.</p>
      )}

      <h2>Someone not listed</h2>
      <InsetText>
        Assigning someone who is not eligible needs a written reason. It is recorded in the audit
        log.
      </InsetText>
      <form method="get" className="flex flex-wrap items-end gap-nhs-3">
        <TextInput
          id="search"
          name="search"
          label="Search by name"
          width={20}
          defaultValue={search ?? ""}
        />
        <Button variant="secondary">Search</Button>
      </form>
      {search ? (
        others.length ? (
          <ol className="list-none p-0">{others.map(card)}</ol>
        ) : (
          <p>Nobody else matches “{search}”.</p>
        )
      ) : null}
      <p>
        <Link href={path}>Back to {target.name}</Link>
      </p>
    </PageWidth>
  );
}
