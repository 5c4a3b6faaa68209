import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { EMAIL_STATUS_TAGS } from "@/lib/format/email-status";
import { parseWholeNumber } from "@/lib/forms/fields";
import type { EmailStatus } from "@/lib/generated/prisma/enums";
import { listEmails } from "@/lib/notifications/list-emails";

export const metadata: Metadata = { title: "Emails" };

const STATUSES = Object.keys(EMAIL_STATUS_TAGS) as EmailStatus[];

export default async function EmailsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/emails" });
  const params = await searchParams;
  const page =
    typeof params.page === "string" ? (parseWholeNumber(params.page, 1, 100_000) ?? 1) : 1;
  const status = STATUSES.find((s) => s === params.status);
  const { emails, total, pages, byStatus } = await listEmails({ actor, page, status });
  return (
    <PageWidth>
      <Caption>Programme admin</Caption>
      <h1>Emails</h1>
      <p>
        Every email the portal sends, from the job queue. Without an SMTP relay (SMTP_URL), emails
        are written to the server log and kept here, where their links can be followed. A link that
        signs someone in or sets a password is removed from the kept copy once a relay has taken the
        email.
      </p>
      <nav aria-label="Emails by status">
        <ul className="m-0 mb-nhs-4 flex list-none flex-wrap gap-nhs-4 p-0">
          <li>{status ? <Link href="/admin/emails">All</Link> : <strong>All</strong>}</li>
          {STATUSES.map((s) => (
            <li key={s}>
              {s === status ? (
                <strong>
                  {EMAIL_STATUS_TAGS[s].label} ({byStatus[s] ?? 0})
                </strong>
              ) : (
                <Link href={`/admin/emails?status=${s}`}>
                  {EMAIL_STATUS_TAGS[s].label} ({byStatus[s] ?? 0})
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {emails.length ? (
        <>
          <Table
            caption={`${total} email${total === 1 ? "" : "s"}${status ? `: ${EMAIL_STATUS_TAGS[status].label.toLowerCase()}` : ""}`}
            captionClassName="text-nhs-19"
            head={["When", "To", "Subject", "Status", "Attempts"]}
            rows={emails.map((email) => [
              formatUkDateTime(email.createdAt),
              email.to,
              <Link key="subject" href={`/admin/emails/${email.id}`}>
                {email.subject}
              </Link>,
              <span key="status">
                <Tag colour={EMAIL_STATUS_TAGS[email.status].colour}>
                  {EMAIL_STATUS_TAGS[email.status].label}
                </Tag>
                {email.lastError ? (
                  <span className="block text-nhs-secondary-text">{email.lastError}</span>
                ) : null}
              </span>,
              email.attempts,
            ])}
          />
          <Pagination
            path="/admin/emails"
            params={status ? { status } : {}}
            current={page}
            pages={pages}
          />
        </>
      ) : (
        <p>No emails{status ? " with this status" : ""} yet.</p>
      )}
    </PageWidth>
  );
}
