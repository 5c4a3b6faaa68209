import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { sectionBySlug } from "@/lib/bids/sections";
import { formatUkDateTime } from "@/lib/format/dates";
import { loadBidOr404 } from "../../load-bid";
import { SectionForm } from "./section-form";

export const metadata: Metadata = { title: "A question of your bid" };

export default async function SectionPage({
  params,
}: {
  params: Promise<{ bidId: string; slug: string }>;
}) {
  const { bidId, slug } = await params;
  const actor = await requireUser({ returnTo: `/bids/${bidId}/sections/${slug}` });
  const bid = await loadBidOr404({ actor, bidId });
  const spec = sectionBySlug(slug);
  if (!spec) notFound();
  const section = bid.sections.find((s) => s.key === spec.key)!;
  return (
    <PageWidth>
      <p>
        <Link href={`/bids/${bid.id}`}>Back to the bid</Link>
      </p>
      <Caption>{spec.title}</Caption>
      {bid.canEdit ? (
        <SectionForm
          bidId={bid.id}
          slug={spec.slug}
          question={spec.question}
          hint={spec.hint}
          maxLength={spec.maxLength}
          body={section.body}
          version={section.version}
        />
      ) : (
        <>
          <h1>{spec.question}</h1>
          <p className="whitespace-pre-wrap">{section.body || "Not answered."}</p>
          {section.updatedAt && section.updatedByName ? (
            <p className="text-nhs-secondary-text">
              Last saved by {section.updatedByName} on {formatUkDateTime(section.updatedAt)}.
            </p>
          ) : null}
        </>
      )}
    </PageWidth>
  );
}
