import Link from "next/link";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import type { BidView } from "@/lib/bids/get-bid";
import { budgetTotal } from "@/lib/bids/bid-rules";
import { formatPence } from "@/lib/format/money";

export type BidAnswersView = Pick<
  BidView,
  "id" | "sections" | "partners" | "amountRequestedPence" | "budgetLines"
>;

/**
 * A bid's answers as summary lists (check-your-answers, the printable view, the assessor's review
 * page). Text is shown as text.
 */
export function BidAnswers({
  bid,
  changeLinks,
  heading = "Your answers",
}: {
  bid: BidAnswersView;
  changeLinks: boolean;
  heading?: string;
}) {
  const path = `/bids/${bid.id}`;
  const change = (href: string, what: string) =>
    changeLinks ? (
      <Link href={href}>
        Change<span className="sr-only"> {what}</span>
      </Link>
    ) : undefined;
  return (
    <>
      <h2>{heading}</h2>
      <SummaryList
        rows={bid.sections.map((section) => ({
          key: section.title,
          value: section.body.trim() ? (
            <span className="whitespace-pre-wrap">{section.body}</span>
          ) : (
            <span className="text-nhs-error">Not answered</span>
          ),
          action: change(`${path}/sections/${section.slug}`, section.title.toLowerCase()),
        }))}
      />
      <h2>Partners and funding</h2>
      <SummaryList
        rows={[
          {
            key: "Partner organisations",
            value: bid.partners.length ? (
              <ul className="m-0 list-none p-0">
                {bid.partners.map((p) => (
                  <li key={p.organisation.id}>{p.organisation.name}</li>
                ))}
              </ul>
            ) : (
              "None"
            ),
            action: change(`${path}/partners`, "partner organisations"),
          },
          {
            key: "Amount requested",
            value: formatPence(bid.amountRequestedPence),
            action: change(`${path}/budget`, "the amount requested"),
          },
        ]}
      />
      <Table
        caption="Budget"
        captionClassName="text-nhs-19"
        head={["Item", "Amount"]}
        rows={[
          ...bid.budgetLines.map((line) => [line.description, formatPence(line.amountPence)]),
          [
            <strong key="t">Total of the lines</strong>,
            <strong key="v">{formatPence(budgetTotal(bid.budgetLines))}</strong>,
          ],
        ]}
      />
    </>
  );
}
