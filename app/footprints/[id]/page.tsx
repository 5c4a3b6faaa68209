import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { FOOTPRINT_KIND_LABELS } from "@/lib/footprints/footprint-filter";
import { getFootprint } from "@/lib/footprints/get-footprint";
import { getFootprintGovernance } from "@/lib/governance/get-footprint-governance";
import { formatNumber } from "@/lib/governance/governance-rules";
import { formatUkDate } from "@/lib/format/dates";
import {
  INTEREST_TYPE_LABELS,
  ORGANISATION_KIND_LABELS,
  personName,
} from "@/lib/format/directory-labels";
import { APPOINTMENT_ROLE_LABELS, NETWORK_STATUS_TAGS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Footprint" };
export const dynamic = "force-dynamic";

export default async function FootprintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const [{ footprint, nonExecutives, register }, governance] = await Promise.all([
    orNotFound(getFootprint({ id, actor })),
    orNotFound(getFootprintGovernance({ actor, footprintId: id })),
  ]);
  const overdue = governance.openActions.filter((a) => a.overdue).length;
  const kind = FOOTPRINT_KIND_LABELS[footprint.kind].singular;

  return (
    <PageWidth>
      <Caption>{kind[0]!.toUpperCase() + kind.slice(1)}</Caption>
      <h1>{footprint.name}</h1>
      <SummaryList
        rows={[
          { key: "Region", value: footprint.region.name },
          ...(footprint.parent
            ? [
                {
                  key: "Part of",
                  value: (
                    <Link href={`/footprints/${footprint.parent.id}`}>{footprint.parent.name}</Link>
                  ),
                },
              ]
            : []),
          ...(footprint.children.length
            ? [
                {
                  key: "Integrated care partnerships",
                  value: (
                    <ul className="m-0 list-none p-0">
                      {footprint.children.map((child) => (
                        <li key={child.id}>
                          <Link href={`/footprints/${child.id}`}>{child.name}</Link>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          { key: "Code", value: footprint.odsCode ?? footprint.onsCode ?? "None" },
        ]}
      />

      <h2>Networks</h2>
      {footprint.networks.length ? (
        <ul className="list-none p-0">
          {footprint.networks.map((network) => (
            <li key={network.id} className="mb-nhs-2">
              <Link href={`/networks/${network.id}`}>{network.name}</Link>{" "}
              <Tag colour={NETWORK_STATUS_TAGS[network.status].colour}>
                {NETWORK_STATUS_TAGS[network.status].label}
              </Tag>{" "}
              <span className="text-nhs-secondary-text">
                {network._count.memberships} member{network._count.memberships === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>This footprint has no non-executive network yet.</p>
      )}

      <h2>Governance</h2>
      <p>
        {governance.latest ? (
          <>
            Its {governance.latest.period.name} self-assessment rates its governance at{" "}
            <strong>
              {governance.latest.overall === null ? "–" : formatNumber(governance.latest.overall)}
            </strong>{" "}
            out of 4 overall, with {governance.openActions.length} open action
            {governance.openActions.length === 1 ? "" : "s"}
            {overdue ? ` (${overdue} overdue)` : ""}.{" "}
          </>
        ) : (
          <>No governance self-assessment of this footprint has been published yet. </>
        )}
        <Link href={`/footprints/${footprint.id}/governance`}>
          Its governance: assessments, trend and actions
        </Link>
      </p>

      <h2>Workstreams</h2>
      {footprint.workstreams.length ? (
        <Table
          caption={`Workstreams (${footprint.workstreams.length})`}
          captionClassName="text-nhs-19"
          head={["Workstream", "Non-executive lead"]}
          rows={footprint.workstreams.map((workstream) => {
            const lead = workstream.assignments[0]?.person;
            return [
              workstream.name,
              !lead ? (
                <Tag key="gap" colour="red">
                  No lead
                </Tag>
              ) : "givenName" in lead ? (
                <Link key="lead" href={`/people/${lead.id}`}>
                  {personName(lead)}
                </Link>
              ) : (
                "Lead assigned"
              ),
            ];
          })}
        />
      ) : (
        <p>No workstreams are recorded for this footprint.</p>
      )}

      <h2>Board seats</h2>
      {footprint.boardSeats.length ? (
        <Table
          caption={`Non-executive board seats (${footprint.boardSeats.length})`}
          captionClassName="text-nhs-19"
          head={["Seat", "Held by"]}
          rows={footprint.boardSeats.map((seat) => {
            const holder = seat.assignments[0]?.person;
            return [
              seat.name,
              !holder ? (
                <Tag key="gap" colour="red">
                  Vacant
                </Tag>
              ) : "givenName" in holder ? (
                <Link key="holder" href={`/people/${holder.id}`}>
                  {personName(holder)}
                </Link>
              ) : (
                "Held"
              ),
            ];
          })}
        />
      ) : (
        <p>No board seats are recorded for this footprint.</p>
      )}
      {!actor ? (
        <p>
          <Link href={`/sign-in?callbackUrl=/footprints/${footprint.id}`}>Sign in</Link> to see who
          leads the workstreams and holds the seats, and the non-executives of these organisations.
        </p>
      ) : null}

      <h2>Organisations</h2>
      {footprint.organisations.length ? (
        <Table
          caption={`Organisations in ${footprint.name} (${footprint.organisations.length})`}
          captionClassName="text-nhs-19"
          head={["Organisation", "Kind", "Also in"]}
          rows={footprint.organisations.map(({ organisation }) => [
            organisation.name,
            ORGANISATION_KIND_LABELS[organisation.kind],
            organisation.footprints.length ? (
              <span key="also">
                <Tag colour="orange">Spans footprints</Tag>
                <ul className="m-0 mt-nhs-1 list-none p-0">
                  {organisation.footprints.map(({ footprint: other }) => (
                    <li key={other.id}>
                      <Link href={`/footprints/${other.id}`}>{other.name}</Link>
                    </li>
                  ))}
                </ul>
              </span>
            ) : (
              "–"
            ),
          ])}
        />
      ) : (
        <p>No open organisations are recorded in this footprint.</p>
      )}

      {nonExecutives ? (
        <>
          <h2>Non-executives</h2>
          {nonExecutives.length ? (
            <Table
              caption={`Non-executives of its organisations (${nonExecutives.length})`}
              captionClassName="text-nhs-19"
              head={["Name", "Appointment", "Organisation"]}
              rows={nonExecutives.map((a) => [
                <Link key="name" href={`/people/${a.person.id}`}>
                  {personName(a.person)}
                </Link>,
                a.title ?? APPOINTMENT_ROLE_LABELS[a.role],
                a.organisation.name,
              ])}
            />
          ) : (
            <p>No non-executives who show their appointments are recorded here.</p>
          )}
        </>
      ) : null}

      <h2>Register of interests</h2>
      <p>
        Interests published by the non-executives of this footprint&apos;s organisations.{" "}
        <a href={`/footprints/${footprint.id}/register.csv`} download>
          Download the register (CSV)
        </a>
      </p>
      {register.length ? (
        <Table
          caption={`Published interests (${register.length})`}
          captionClassName="text-nhs-19"
          head={["Name", "Type", "Party", "Description", "Dates"]}
          rows={register.map((d) => [
            personName(d.person),
            INTEREST_TYPE_LABELS[d.type],
            d.organisation?.name ?? d.partyName ?? "",
            d.description,
            `${formatUkDate(d.startsOn)} to ${d.endsOn ? formatUkDate(d.endsOn) : "date"}`,
          ])}
        />
      ) : (
        <p>No interests have been published.</p>
      )}
    </PageWidth>
  );
}
