import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireRole } from "@/lib/auth/session";
import { RoundDetailsForm } from "../round-forms";

export const metadata: Metadata = { title: "Create a round" };

export default async function NewRoundPage() {
  await requireRole(["PROGRAMME_ADMIN"], { returnTo: "/admin/rounds/new" });
  return (
    <PageWidth>
      <p>
        <Link href="/admin/rounds">Back to the rounds</Link>
      </p>
      <Caption>Programme admin</Caption>
      <h1>Create a round</h1>
      <p>
        The round starts as a draft, with innovation, ambition and scale as its criteria. Add its
        scoring scale before opening it.
      </p>
      <RoundDetailsForm
        initial={{
          title: "",
          slug: "",
          description: "",
          eligibility: "",
          opensAt: "",
          closesAt: "",
          budget: "",
          pilotPlaces: "7",
          assessorsPerBid: "3",
          disagreementThreshold: "1.5",
        }}
      />
    </PageWidth>
  );
}
