import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { SuccessNotice } from "@/components/ui/notice";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { describeGrant, type GlobalRole } from "@/lib/accounts/invitation-rules";
import { listPendingInvitations } from "@/lib/accounts/list-invitations";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { parseWholeNumber } from "@/lib/forms/fields";
import { resendInvitationAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitations" };

const NOTICES: Record<string, string> = {
  sent: "Invitation sent.",
  resent: "Invitation sent again, with a new link valid for 7 days. The old link no longer works.",
  revoked: "Invitation revoked. Its link no longer works.",
};

export default async function InvitationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["PROGRAMME_ADMIN", "BOARD_ADMIN"], { returnTo: "/invitations" });
  const params = await searchParams;
  const page =
    typeof params.page === "string" ? (parseWholeNumber(params.page, 1, 10_000) ?? 1) : 1;
  const { invitations, total, pages } = await listPendingInvitations({ actor, page });
  const notice = typeof params.done === "string" ? NOTICES[params.done] : undefined;
  const programmeAdmin = actor.roles.has("PROGRAMME_ADMIN");
  return (
    <PageWidth>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <Caption>{programmeAdmin ? "Programme admin" : "Board admin"}</Caption>
      <h1>Invitations</h1>
      <p>
        Nobody signs up alone: an account starts with an invitation by email, whose link works once,
        for 7 days.{" "}
        {programmeAdmin
          ? "You can invite anyone, with any roles."
          : "You can invite members of your footprints."}
      </p>
      <p>
        <Link href="/invitations/new" className="font-bold">
          Invite someone
        </Link>
      </p>
      <h2>Waiting to be accepted</h2>
      {invitations.length ? (
        <>
          <Table
            caption={`${total} pending invitation${total === 1 ? "" : "s"}`}
            captionClassName="text-nhs-19"
            head={["Who", "As", "Sent", "Link", "Actions"]}
            rows={invitations.map((invitation) => [
              <span key="who">
                <strong>{invitation.name}</strong>
                <br />
                {invitation.email}
                {invitation.person ? (
                  <>
                    <br />
                    <Link href={`/people/${invitation.person.id}`}>Directory entry</Link>
                  </>
                ) : null}
              </span>,
              describeGrant({
                roles: invitation.roles as GlobalRole[],
                boardFootprintNames: invitation.boardFootprintNames,
              }) + (invitation.footprint ? ` (${invitation.footprint.name})` : ""),
              <span key="sent">
                {formatUkDateTime(invitation.lastSentAt)}
                {invitation.sentCount > 1 ? ` (sent ${invitation.sentCount} times)` : ""}
                <br />
                by {invitation.invitedBy.name}
              </span>,
              invitation.expired ? (
                <Tag key="state" colour="grey">
                  Expired
                </Tag>
              ) : (
                <span key="state">Works until {formatUkDateTime(invitation.expiresAt)}</span>
              ),
              <span key="actions">
                <ActionForm
                  action={resendInvitationAction}
                  fields={{ invitationId: invitation.id, version: String(invitation.version) }}
                  label={
                    <>
                      Resend<span className="sr-only"> the invitation to {invitation.email}</span>
                    </>
                  }
                  variant="secondary"
                />
                <ActionForm
                  action={revokeInvitationAction}
                  fields={{ invitationId: invitation.id, version: String(invitation.version) }}
                  label={
                    <>
                      Revoke<span className="sr-only"> the invitation to {invitation.email}</span>
                    </>
                  }
                  variant="warning"
                />
              </span>,
            ])}
          />
          <Pagination path="/invitations" params={{}} current={page} pages={pages} />
        </>
      ) : (
        <p>No invitations are waiting.</p>
      )}
    </PageWidth>
  );
}
