import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { budgetTotal, penceToPoundsInput } from "@/lib/bids/bid-rules";
import { formatPence } from "@/lib/format/money";
import { loadBidOr404 } from "../load-bid";
import { BudgetForm } from "./budget-form";

export const metadata: Metadata = { title: "Funding and budget" };

export default async function BudgetPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/budget` });
  const bid = await loadBidOr404({ actor, bidId });
  return (
    <PageWidth>
      <p>
        <Link href={`/bids/${bid.id}`}>Back to the bid</Link>
      </p>
      <Caption>{bid.title}</Caption>
      {bid.canEdit ? (
        <BudgetForm
          bidId={bid.id}
          version={bid.version}
          amount={bid.amountRequestedPence ? penceToPoundsInput(bid.amountRequestedPence) : ""}
          lines={bid.budgetLines.map((line) => ({
            description: line.description,
            amount: penceToPoundsInput(line.amountPence),
          }))}
        />
      ) : (
        <>
          <h1>Funding and budget</h1>
          <p>Amount requested: {formatPence(bid.amountRequestedPence)}</p>
          <Table
            caption="Budget lines"
            head={["Item", "Amount"]}
            rows={[
              ...bid.budgetLines.map((line) => [line.description, formatPence(line.amountPence)]),
              [<strong key="t">Total</strong>, formatPence(budgetTotal(bid.budgetLines))],
            ]}
          />
        </>
      )}
    </PageWidth>
  );
}
