import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Caption, PageWidth } from "@/components/layout/page";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate } from "@/lib/format/dates";
import { getMyProfile } from "@/lib/people/get-my-profile";
import { DeclarationForm, EndDeclarationForm } from "../../declaration-form";

export const metadata: Metadata = { title: "Change an interest" };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function DeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser({ returnTo: `/me/declarations/${id}` });
  const { person } = await orNotFound(getMyProfile({ actor }));
  const declaration = person.declarations.find((d) => d.id === id);
  if (!declaration) notFound();
  const organisations = [
    ...new Map(person.appointments.map((a) => [a.organisation.id, a.organisation])).values(),
  ];
  if (declaration.organisationId && declaration.organisation)
    if (!organisations.some((o) => o.id === declaration.organisationId))
      organisations.push({ id: declaration.organisationId, name: declaration.organisation.name });
  return (
    <PageWidth>
      <Link href="/me#interests">Back to your register</Link>
      <Caption>Register of interests</Caption>
      <h1>Change an interest</h1>
      <DeclarationForm
        organisations={organisations}
        declaration={{
          id: declaration.id,
          type: declaration.type,
          organisationId: declaration.organisationId ?? "",
          partyName: declaration.partyName ?? "",
          description: declaration.description,
          startsOn: isoDate(declaration.startsOn),
          endsOn: isoDate(declaration.endsOn),
          published: declaration.published,
          requiredByPolicy: declaration.requiredByPolicy,
          version: declaration.version,
        }}
      />
      <h2>End this interest</h2>
      {declaration.endsOn ? (
        <p>This interest ended on {formatUkDate(declaration.endsOn)}.</p>
      ) : (
        <EndDeclarationForm id={declaration.id} version={declaration.version} />
      )}
    </PageWidth>
  );
}
