import type { Metadata } from "next";
import Link from "next/link";
import { MyAssignments } from "@/components/assignments/my-assignments";
import { Caption, PageWidth } from "@/components/layout/page";
import { listMyAssignments } from "@/lib/assignments/list-my-assignments";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate } from "@/lib/format/dates";
import { INTEREST_TYPE_LABELS } from "@/lib/format/directory-labels";
import { APPOINTMENT_ROLE_LABELS } from "@/lib/format/labels";
import { getMyProfile } from "@/lib/people/get-my-profile";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your profile" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  profile: "Your profile has been saved.",
  "declaration-added": "Interest added to your register.",
  "declaration-updated": "Interest updated.",
  "declaration-ended": "Interest ended. It stays in your register with its end date.",
};

export default async function MePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser({ returnTo: "/me" });
  const { done } = await searchParams;
  const [{ person, skills, sectors }, assignments] = await Promise.all([
    orNotFound(getMyProfile({ actor })),
    listMyAssignments({ actor }),
  ]);
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  return (
    <PageWidth>
      {notice ? (
        <div role="status" className="mb-nhs-5 border-4 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">{notice}</p>
        </div>
      ) : null}
      <Caption>Member</Caption>
      <h1>Your profile</h1>
      <p>
        Choose what other members see. Fields marked “Only me” are never sent to anyone else: only
        you and the programme team can see them.{" "}
        <Link href={`/people/${person.id}`}>See your profile as others see it</Link>.
      </p>
      <ProfileForm profile={person} skills={skills} sectors={sectors} />

      <h2>Your workstreams and board seats</h2>
      <MyAssignments assignments={assignments} />

      <h2>Your appointments</h2>
      {person.appointments.length ? (
        <ul className="list-none p-0">
          {person.appointments.map((a) => (
            <li key={a.id} className="mb-nhs-2">
              <strong>{a.title ?? APPOINTMENT_ROLE_LABELS[a.role]}</strong>, {a.organisation.name}
              <span className="block text-nhs-16 text-nhs-secondary-text">
                {formatUkDate(a.startsOn)} to {a.endsOn ? formatUkDate(a.endsOn) : "date"}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No appointments are recorded.</p>
      )}
      <p className="text-nhs-16">
        Appointments are recorded by the programme team. Tell them if one is wrong.
      </p>

      <h2 id="interests">Your register of interests</h2>
      <p>
        <Link href="/me/declarations/new">Add an interest</Link>
      </p>
      {person.declarations.length ? (
        <Table
          caption="Your declared interests"
          captionClassName="text-nhs-19"
          head={["Type", "Party", "Description", "Dates", "Published", ""]}
          rows={person.declarations.map((d) => [
            INTEREST_TYPE_LABELS[d.type],
            d.organisation?.name ?? d.partyName ?? "",
            d.description,
            `${formatUkDate(d.startsOn)} to ${d.endsOn ? formatUkDate(d.endsOn) : "date"}`,
            d.published ? (
              <Tag key="pub" colour="green">
                Published
              </Tag>
            ) : (
              <Tag key="pub" colour="grey">
                Not published
              </Tag>
            ),
            <Link key="edit" href={`/me/declarations/${d.id}`}>
              Change<span className="sr-only"> {d.description}</span>
            </Link>,
          ])}
        />
      ) : (
        <p>You have not declared any interests.</p>
      )}
    </PageWidth>
  );
}
