import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { listPartnerChoices } from "@/lib/bids/save-partners";
import { loadBidOr404 } from "../load-bid";
import { PartnersForm } from "./partners-form";

export const metadata: Metadata = { title: "Partner organisations" };

const KIND_LABELS: Record<string, string> = {
  CCG: "Clinical commissioning group",
  TRUST: "NHS trust",
  ICB: "Integrated care board",
  LOCAL_AUTHORITY: "Local authority",
  VOLUNTARY: "Voluntary sector",
  OTHER: "Other",
};

export default async function PartnersPage({ params }: { params: Promise<{ bidId: string }> }) {
  const { bidId } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/partners` });
  const bid = await loadBidOr404({ actor, bidId });
  const chosen = new Set(bid.partners.map((p) => p.organisation.id));
  const choices = bid.canEdit ? await listPartnerChoices({ footprintId: bid.footprint.id }) : [];
  return (
    <PageWidth>
      <p>
        <Link href={`/bids/${bid.id}`}>Back to the bid</Link>
      </p>
      <Caption>{bid.title}</Caption>
      {bid.canEdit ? (
        <PartnersForm
          bidId={bid.id}
          version={bid.version}
          footprintName={bid.footprint.name}
          items={choices.map((o) => ({
            value: o.id,
            label: o.name,
            hint: KIND_LABELS[o.kind],
            checked: chosen.has(o.id),
          }))}
        />
      ) : (
        <>
          <h1>Partner organisations</h1>
          {bid.partners.length ? (
            <ul className="list-disc pl-nhs-4">
              {bid.partners.map((p) => (
                <li key={p.organisation.id}>{p.organisation.name}</li>
              ))}
            </ul>
          ) : (
            <p>No partner organisations.</p>
          )}
        </>
      )}
    </PageWidth>
  );
}
