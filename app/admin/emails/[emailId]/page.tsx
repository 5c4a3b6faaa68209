import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { EMAIL_STATUS_TAGS } from "@/lib/format/email-status";
import { absoluteUrl } from "@/lib/http/absolute-url";
import { getEmail } from "@/lib/notifications/list-emails";

export const metadata: Metadata = { title: "Email" };

/** The text body, with the portal's own addresses as links (nothing else is made a link). */
function Body({ text }: { text: string }) {
  const base = absoluteUrl("/");
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <div className="mb-nhs-5 whitespace-pre-wrap break-words border-l-4 border-nhs-grey-3 bg-white p-nhs-4">
      {parts.map((part, index) =>
        part.startsWith(base) ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </div>
  );
}

export default async function EmailPage({ params }: { params: Promise<{ emailId: string }> }) {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/emails" });
  const { emailId } = await params;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(emailId)) notFound();
  const email = await getEmail({ actor, emailId });
  if (!email) notFound();
  return (
    <PageWidth>
      <Caption>Emails</Caption>
      <h1>{email.subject}</h1>
      <SummaryList
        rows={[
          { key: "To", value: email.to },
          {
            key: "Status",
            value: (
              <Tag colour={EMAIL_STATUS_TAGS[email.status].colour}>
                {EMAIL_STATUS_TAGS[email.status].label}
              </Tag>
            ),
          },
          { key: "Attempts", value: email.attempts },
          ...(email.lastError ? [{ key: "Last error", value: email.lastError }] : []),
          { key: "Queued", value: formatUkDateTime(email.createdAt) },
          ...(email.sentAt ? [{ key: "Sent", value: formatUkDateTime(email.sentAt) }] : []),
        ]}
      />
      <h2>Message</h2>
      <Body text={email.text} />
      <p>
        <Link href="/admin/emails">Back to emails</Link>
      </p>
    </PageWidth>
  );
}
