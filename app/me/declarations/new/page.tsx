import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getMyProfile } from "@/lib/people/get-my-profile";
import { DeclarationForm } from "../../declaration-form";

export const metadata: Metadata = { title: "Add an interest" };

export default async function NewDeclarationPage() {
  const actor = await requireUser({ returnTo: "/me/declarations/new" });
  const { person } = await orNotFound(getMyProfile({ actor }));
  const organisations = [
    ...new Map(person.appointments.map((a) => [a.organisation.id, a.organisation])).values(),
  ];
  return (
    <PageWidth>
      <Link href="/me">Back to your profile</Link>
      <Caption>Register of interests</Caption>
      <h1>Add an interest</h1>
      <DeclarationForm
        organisations={organisations}
        declaration={{
          type: "",
          organisationId: "",
          partyName: "",
          description: "",
          startsOn: "",
          endsOn: "",
          published: false,
        }}
      />
    </PageWidth>
  );
}
