import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { TextInput } from "@/components/ui/text-input";
import { requireUser } from "@/lib/auth/session";
import { firstValues } from "@/lib/footprints/footprint-filter";
import { personName } from "@/lib/format/directory-labels";
import { APPOINTMENT_ROLE_LABELS } from "@/lib/format/labels";
import { getPeopleFilterOptions } from "@/lib/people/get-people-filter-options";
import { listPeople } from "@/lib/people/list-people";
import { ZPeopleFilter } from "@/lib/people/people-filter";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser({ returnTo: "/people" });
  const filter = ZPeopleFilter.parse(firstValues(await searchParams));
  const [{ people, total, page }, options] = await Promise.all([
    listPeople({ actor, filter }),
    getPeopleFilterOptions(),
  ]);
  const { page: _page, ...params } = filter;

  return (
    <PageWidth>
      <h1>People</h1>
      <p>
        The lay members, non-executive directors and councillors of England&apos;s NHS
        organisations. Each person chooses what other members see.
      </p>
      {actor.roles.has("PROGRAMME_ADMIN") ? (
        <p>
          <a href="/people/export.csv" download>
            Download the directory (CSV)
          </a>
        </p>
      ) : null}
      <div className="lg:flex lg:gap-nhs-5">
        <form method="get" aria-label="Filter people" className="mb-nhs-4 lg:w-1/3">
          <TextInput id="q" name="q" label="Name" defaultValue={filter.q} width="full" />
          <div>
            <Select
              id="role"
              name="role"
              label="Appointment"
              defaultValue={filter.role}
              options={[
                { value: "", label: "Any appointment" },
                ...Object.entries(APPOINTMENT_ROLE_LABELS).map(([value, label]) => ({
                  value,
                  label,
                })),
              ]}
            />
            <Select
              id="region"
              name="region"
              label="Region"
              defaultValue={filter.region}
              options={[
                { value: "", label: "Any region" },
                ...options.regions.map((r) => ({ value: r.id, label: r.name })),
              ]}
            />
            <Select
              id="footprint"
              name="footprint"
              label="Integrated care system"
              defaultValue={filter.footprint}
              options={[
                { value: "", label: "Any system" },
                ...options.footprints.map((f) => ({ value: f.id, label: f.name })),
              ]}
            />
            <Select
              id="skill"
              name="skill"
              label="Skill"
              defaultValue={filter.skill}
              options={[
                { value: "", label: "Any skill" },
                ...options.skills.map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
            <Select
              id="sector"
              name="sector"
              label="Sector background"
              defaultValue={filter.sector}
              options={[
                { value: "", label: "Any sector" },
                ...options.sectors.map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
          </div>
          <TextInput
            id="organisation"
            name="organisation"
            label="Organisation name contains"
            defaultValue={filter.organisation}
            width="full"
          />
          <Button variant="secondary">Apply</Button>
        </form>
        <div className="lg:w-2/3">
          <p aria-live="polite">
            <strong>{total}</strong> {total === 1 ? "person" : "people"} found.
          </p>
          {people.length ? (
            <ul className="list-none p-0" aria-label="People">
              {people.map((person) => (
                <li key={person.id} className="mb-nhs-3 border-b border-nhs-border pb-nhs-3">
                  <h2 className="mt-0 mb-nhs-1 text-nhs-22">
                    <Link href={`/people/${person.id}`}>{personName(person)}</Link>
                  </h2>
                  {person.appointments?.length ? (
                    <p className="mb-nhs-1">
                      {person.appointments
                        .map(
                          (a) =>
                            `${a.title ?? APPOINTMENT_ROLE_LABELS[a.role]}, ${a.organisation.name}`,
                        )
                        .join("; ")}
                    </p>
                  ) : null}
                  {person.skills?.length ? (
                    <p className="mb-nhs-1 text-nhs-16">
                      <span className="font-bold">Skills:</span> {person.skills.join(", ")}
                    </p>
                  ) : null}
                  {person.sectors?.length ? (
                    <p className="mb-0 text-nhs-16">
                      <span className="font-bold">Sectors:</span> {person.sectors.join(", ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>No one matches. Try fewer filters.</p>
          )}
          <Pagination path="/people" params={params} current={page.current} pages={page.pages} />
        </div>
      </div>
    </PageWidth>
  );
}
