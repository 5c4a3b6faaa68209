import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-input";
import { findInvitablePeople } from "@/lib/accounts/invitable-people";
import { getInvitationFormOptions } from "@/lib/accounts/list-invitations";
import { requireRole } from "@/lib/auth/session";
import { containsNonText } from "@/lib/forms/fields";
import { InvitationForm } from "./invitation-form";

export const metadata: Metadata = { title: "Invite someone" };

export default async function NewInvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["PROGRAMME_ADMIN", "BOARD_ADMIN"], {
    returnTo: "/invitations/new",
  });
  const params = await searchParams;
  const person =
    typeof params.person === "string" && !containsNonText(params.person)
      ? params.person.trim().slice(0, 100)
      : "";
  const [{ footprints }, people] = await Promise.all([
    getInvitationFormOptions({ actor }),
    person ? findInvitablePeople({ actor, name: person }) : Promise.resolve([]),
  ]);
  const programmeAdmin = actor.roles.has("PROGRAMME_ADMIN");
  return (
    <PageWidth>
      <div className="max-w-[720px]">
        <Caption>Invitations</Caption>
        <h1>Invite someone</h1>
        <p>
          They get an email with a link to choose a password and accept the privacy notice. The link
          works once, for 7 days.
        </p>
        <h2 className="text-nhs-22">Someone already in the directory?</h2>
        <form
          method="get"
          action="/invitations/new"
          role="search"
          aria-label="People without an account"
        >
          <TextInput
            id="person"
            name="person"
            label="Find them by name"
            hint={
              programmeAdmin
                ? "People without an account."
                : "People of your footprints without an account."
            }
            defaultValue={person}
            width={20}
          />
          <Button variant="secondary">Find</Button>
        </form>
        {person ? (
          <p role="status">
            {people.length
              ? `${people.length} ${people.length === 1 ? "person matches" : "people match"} "${person}": choose one below.`
              : `Nobody without an account matches "${person}".`}
          </p>
        ) : null}
        <h2 className="text-nhs-22">The invitation</h2>
        <InvitationForm
          programmeAdmin={programmeAdmin}
          footprints={footprints}
          people={people}
          personSearched={people.length > 0}
        />
        <p>
          <Link href="/invitations">Back to invitations</Link>
        </p>
      </div>
    </PageWidth>
  );
}
