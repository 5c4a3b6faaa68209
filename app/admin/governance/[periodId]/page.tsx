import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireRole } from "@/lib/auth/session";
import { getPeriod } from "@/lib/governance/get-period";
import { toLondonLocal } from "@/lib/rounds/london-time";
import { PeriodForm } from "../period-forms";

export const metadata: Metadata = { title: "Change a governance period" };
export const dynamic = "force-dynamic";

export default async function GovernancePeriodPage({
  params,
}: {
  params: Promise<{ periodId: string }>;
}) {
  const { periodId } = await params;
  const actor = await requireRole(["PROGRAMME_ADMIN"], {
    returnTo: `/admin/governance/${periodId}`,
  });
  const period = await getPeriod({ actor, periodId });
  if (!period || period.state !== "OPEN") notFound();
  return (
    <PageWidth>
      <p>
        <Link href="/admin/governance">Governance assessment periods</Link>
      </p>
      <Caption>Programme admin</Caption>
      <h1>Change {period.name}</h1>
      <p>
        Moving the deadline later gives footprints longer; it is also how an assessment can be
        reopened once the deadline has passed.
      </p>
      <PeriodForm
        periodId={period.id}
        version={period.version}
        name={period.name}
        closesAt={toLondonLocal(period.closesAt)}
      />
    </PageWidth>
  );
}
