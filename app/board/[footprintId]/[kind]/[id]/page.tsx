import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { SuccessNotice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getAssignmentTarget } from "@/lib/assignments/get-assignment-target";
import { TARGET_LABELS, ZTargetKind } from "@/lib/assignments/target-kind";
import { requireRole } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate, ukDateString } from "@/lib/format/dates";
import { ASSIGNMENT_ROLE_LABELS } from "@/lib/format/labels";
import { EndAssignmentForm } from "../../assignment-forms";

export const metadata: Metadata = { title: "Workstream" };

const DONE: Record<string, string> = {
  assigned: "The assignment has been made.",
  ended: "The assignment has ended.",
  saved: "Your changes have been saved.",
};

export default async function AssignmentTargetPage({
  params,
  searchParams,
}: {
  params: Promise<{ footprintId: string; kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ footprintId, kind: rawKind, id }, query] = await Promise.all([params, searchParams]);
  const kind = ZTargetKind.safeParse(rawKind);
  if (!kind.success) notFound();
  const path = `/board/${footprintId}/${kind.data}/${id}`;
  const actor = await requireRole(["BOARD_ADMIN"], { returnTo: path });
  const target = await orNotFound(getAssignmentTarget({ actor, footprintId, kind: kind.data, id }));
  const label = TARGET_LABELS[kind.data].singular;
  const today = ukDateString(new Date());
  const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;
  const lead =
    kind.data === "seats" ? target.current[0] : target.current.find((a) => a.role === "LEAD");
  const done = typeof query.done === "string" ? DONE[query.done] : undefined;

  return (
    <PageWidth>
      <Caption>
        {target.footprint.name} · {label}
      </Caption>
      <h1>{target.name}</h1>
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <p>
        {target.closed ? (
          <Tag colour="grey">Closed</Tag>
        ) : lead ? (
          <Tag colour="green">Covered</Tag>
        ) : (
          <Tag colour="red">{kind.data === "seats" ? "Vacant" : "No non-executive lead"}</Tag>
        )}
      </p>
      {target.description ? <p>{target.description}</p> : null}
      {target.skills.length ? (
        <p>Skills it needs: {target.skills.map((s) => s.name).join(", ")}.</p>
      ) : null}

      <h2>{kind.data === "seats" ? "Held by" : "Current assignments"}</h2>
      {target.current.length ? (
        <ul className="list-none p-0">
          {target.current.map((assignment) => (
            <li key={assignment.id} className="mb-nhs-4 border border-nhs-border bg-white p-nhs-4">
              <p className="mb-nhs-2">
                <strong>{name(assignment.person)}</strong>,{" "}
                {kind.data === "seats"
                  ? "seat holder"
                  : ASSIGNMENT_ROLE_LABELS[assignment.role].toLowerCase()}
                , since {formatUkDate(assignment.startsOn)}
              </p>
              {assignment.overrideReason ? (
                <p className="text-nhs-16">
                  <Tag colour="orange">Override</Tag> {assignment.overrideReason}
                </p>
              ) : null}
              <EndAssignmentForm
                footprintId={footprintId}
                assignmentId={assignment.id}
                personName={name(assignment.person)}
                today={today}
                returnTo={`/board/${footprintId}`}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>Nobody is assigned at the moment.</p>
      )}

      {!target.closed ? (
        <p>
          <Link href={`${path}/assign`} className="font-bold">
            {lead || kind.data === "workstreams"
              ? `Assign someone to ${target.name}`
              : `Fill ${target.name}`}
          </Link>
        </p>
      ) : null}
      <p>
        <Link href={`${path}/edit`}>Edit or close this {label}</Link>
      </p>

      <h2>History</h2>
      {target.history.length ? (
        <Table
          caption={`Past assignments (${target.history.length})`}
          captionClassName="sr-only"
          head={["Who", "Role", "From", "To", "Why it ended"]}
          rows={target.history.map((a) => [
            name(a.person),
            kind.data === "seats" ? "Seat holder" : ASSIGNMENT_ROLE_LABELS[a.role],
            formatUkDate(a.startsOn),
            a.endsOn ? formatUkDate(a.endsOn) : "–",
            a.endReason ?? "–",
          ])}
        />
      ) : (
        <p>No past assignments.</p>
      )}
      <p>
        <Link href={`/board/${footprintId}`}>Back to {target.footprint.name} coverage</Link>
      </p>
    </PageWidth>
  );
}
