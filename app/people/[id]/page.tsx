import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList, type SummaryRow } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate } from "@/lib/format/dates";
import {
  CONTACT_PREFERENCE_LABELS,
  INTEREST_TYPE_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  personName,
} from "@/lib/format/directory-labels";
import { APPOINTMENT_ROLE_LABELS } from "@/lib/format/labels";
import { getPerson } from "@/lib/people/get-person";

export const metadata: Metadata = { title: "Person" };
export const dynamic = "force-dynamic";

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser({ returnTo: `/people/${id}` });
  const { person } = await orNotFound(getPerson({ actor, id }));
  const rows: SummaryRow[] = [];
  if ("email" in person && person.email)
    rows.push({ key: "Email", value: <a href={`mailto:${person.email}`}>{person.email}</a> });
  if ("phone" in person && person.phone) rows.push({ key: "Phone", value: person.phone });
  if ("email" in person || "phone" in person)
    rows.push({
      key: "Prefers contact by",
      value: CONTACT_PREFERENCE_LABELS[person.contactPreference],
    });
  if ("skills" in person && person.skills?.length)
    rows.push({ key: "Skills", value: person.skills.map((s) => s.name).join(", ") });
  if ("sectors" in person && person.sectors?.length)
    rows.push({ key: "Sector background", value: person.sectors.map((s) => s.name).join(", ") });

  return (
    <PageWidth>
      <Caption>Person</Caption>
      <h1>{personName(person)}</h1>
      {actor.personId === person.id ? (
        <p>
          This is you. <Link href="/me">Edit your profile</Link>
        </p>
      ) : null}
      {"bio" in person && person.bio ? <p>{person.bio}</p> : null}
      {rows.length ? <SummaryList rows={rows} /> : null}

      {"appointments" in person && person.appointments ? (
        <>
          <h2>Appointments</h2>
          {person.appointments.length ? (
            <ul className="list-none p-0">
              {person.appointments.map((a) => (
                <li key={a.id} className="mb-nhs-2">
                  <strong>{a.title ?? APPOINTMENT_ROLE_LABELS[a.role]}</strong>,{" "}
                  {a.organisation.name}
                  <span className="block text-nhs-16 text-nhs-secondary-text">
                    {formatUkDate(a.startsOn)} to {a.endsOn ? formatUkDate(a.endsOn) : "date"}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>No appointments recorded.</p>
          )}
        </>
      ) : null}

      {person.networkMemberships.length ? (
        <>
          <h2>Networks</h2>
          <ul>
            {person.networkMemberships.map((m) => (
              <li key={m.id}>
                <Link href={`/networks/${m.network.id}`}>{m.network.name}</Link> (
                {MEMBERSHIP_ROLE_LABELS[m.role]})
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Register of interests</h2>
      {person.declarations.length ? (
        <Table
          caption="Declared interests"
          captionClassName="text-nhs-19"
          head={["Type", "Party", "Description", "Dates"]}
          rows={person.declarations.map((d) => [
            INTEREST_TYPE_LABELS[d.type],
            d.organisation?.name ?? d.partyName ?? "",
            d.description,
            `${formatUkDate(d.startsOn)} to ${d.endsOn ? formatUkDate(d.endsOn) : "date"}`,
          ])}
        />
      ) : (
        <p>No published interests.</p>
      )}
    </PageWidth>
  );
}
