import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { SuccessNotice } from "@/components/ui/notice";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireRole } from "@/lib/auth/session";
import { formatUkDateTime } from "@/lib/format/dates";
import { listPeriods } from "@/lib/governance/list-periods";
import { closePeriodAction } from "@/app/governance/actions";
import { PeriodForm } from "./period-forms";

export const metadata: Metadata = { title: "Governance assessment periods" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  opened: "The period is open: footprints can start their assessments.",
  saved: "The period is saved.",
  closed: "The period is closed.",
};

export default async function GovernancePeriodsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/governance" });
  const query = await searchParams;
  const periods = await listPeriods({ actor });
  const notice = Object.keys(NOTICES).find((key) => query[key]);
  const open = periods.find((p) => p.state === "OPEN");
  return (
    <PageWidth>
      <p>
        <Link href="/admin">Programme administration</Link>
      </p>
      <Caption>Programme admin</Caption>
      <h1>Governance assessment periods</h1>
      {notice ? <SuccessNotice>{NOTICES[notice]}</SuccessNotice> : null}
      <p>
        In each period every footprint rates its governance against the 15 topics. Its board admins
        and network leads complete it; its board admins publish it. Submitted assessments are
        reopened from their own page, with a reason. See them all on the{" "}
        <Link href="/governance">national dashboard</Link>.
      </p>
      {periods.length ? (
        <Table
          caption="Periods"
          head={["Period", "Deadline", "State", "Drafts", "Submitted", "Published", ""]}
          rows={periods.map((period) => [
            <Link key="name" href={`/governance?period=${period.id}`}>
              {period.name}
            </Link>,
            formatUkDateTime(period.closesAt),
            period.state === "OPEN" ? (
              <Tag key="state" colour="green">
                Open
              </Tag>
            ) : (
              <Tag key="state" colour="grey">
                Closed
              </Tag>
            ),
            period.drafts,
            period.submitted,
            period.published,
            period.state === "OPEN" ? (
              <span key="do">
                <Link href={`/admin/governance/${period.id}`}>
                  Change<span className="sr-only"> {period.name}</span>
                </Link>
              </span>
            ) : (
              ""
            ),
          ])}
        />
      ) : (
        <p>No period has been opened yet.</p>
      )}
      {open ? (
        <>
          <h2>Close {open.name}</h2>
          <p>
            Nothing more can be answered or submitted in it. Drafts stay readable by their
            footprints.
          </p>
          <ActionForm
            action={closePeriodAction}
            fields={{ periodId: open.id, version: String(open.version) }}
            label={`Close ${open.name}`}
            variant="warning"
          />
        </>
      ) : (
        <>
          <h2>Open a period</h2>
          <PeriodForm name="" closesAt="" />
        </>
      )}
    </PageWidth>
  );
}
