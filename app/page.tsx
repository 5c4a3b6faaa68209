import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { formatUkDateTime } from "@/lib/format/dates";
import { formatPence } from "@/lib/format/money";
import { getFeaturedRound } from "@/lib/rounds/get-featured-round";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const round = await getFeaturedRound();
  return (
    <PageWidth>
      <h1>Non-executive community networks</h1>
      <p className="text-nhs-22">
        Lay members, non-executive directors and elected councillors give independent challenge to
        the NHS. This service helps them work together across the areas where decisions are now
        made.
      </p>

      <h2>What the networks are for</h2>
      <p>
        Integrated care systems (ICSs), sustainability and transformation partnerships (STPs) and
        integrated care partnerships (ICPs) now make decisions across whole areas, called
        footprints. The people meant to scrutinise those decisions (the lay members of clinical
        commissioning groups, the non-executive directors of NHS trusts and local authority members)
        told national surveys that most of them were not engaged in system decision-making, and that
        there was no joined-up voice.
      </p>
      <p>
        A local non-executive community network brings them together on their footprint so they can:
      </p>
      <ul className="list-disc pl-nhs-4">
        <li>share what they see and agree where to challenge</li>
        <li>take a seat on the system board or lead one of its workstreams</li>
        <li>bring patient and public involvement into system decisions</li>
        <li>link up where a trust works across several footprints</li>
      </ul>
      <p>
        Networks already take different shapes. In Surrey Heartlands, a lay member or non-executive
        director is attached to each of the footprint&apos;s 13 workstreams. In Lancashire and South
        Cumbria, five non-executives sit on the ICS board and lead its workstreams. In West
        Yorkshire, a lay member assurance group covers 11 clinical commissioning groups.
      </p>
      <p>
        <Link href="/footprints">Browse England&apos;s footprints</Link>
      </p>

      <h2 id="pilot-round">The pilot round</h2>
      <p>
        NHS Clinical Commissioners, with NHS England and NHS Improvement, is funding{" "}
        <strong>seven pilot sites</strong>. Areas bid to set up a new network, or to take an
        existing one further. Bids are scored independently by at least two assessors, on three
        criteria:
      </p>
      {round ? (
        <>
          <InsetText>
            <p className="m-0 font-bold">{round.title}</p>
            <p className="m-0">
              {round.state === "OPEN" ? "Open for bids until " : "Closes "}
              <strong>{formatUkDateTime(round.closesAt)}</strong> (UK time).
            </p>
            <p className="m-0">
              {round.pilotPlaces} pilot places, {formatPence(round.budgetPence)} in total.
            </p>
          </InsetText>
          <p>{round.description}</p>
          <p>
            <Link href={`/rounds/${round.slug}`}>Read about the round and how to apply</Link>
          </p>
          <Table
            caption="How bids are scored"
            head={["Criterion", "Weight", "What assessors look for"]}
            rows={round.criteria.map((criterion) => [
              <strong key="n">{criterion.name}</strong>,
              `${criterion.weight}%`,
              criterion.guidance,
            ])}
          />
          {round.scalePoints.length ? (
            <Table
              caption="The scoring scale"
              head={["Score", "Meaning"]}
              rows={round.scalePoints.map((point) => [
                `${point.value} – ${point.label}`,
                point.descriptor,
              ])}
            />
          ) : null}
          {round.eligibility ? (
            <>
              <h3>Who can bid</h3>
              <p>{round.eligibility}</p>
            </>
          ) : null}
        </>
      ) : (
        <ul className="list-disc pl-nhs-4">
          <li>
            <strong>innovation</strong>: how new the approach is, for example using technology to
            build the network
          </li>
          <li>
            <strong>ambition</strong>: the reach of its scope, for example engaging local
            authorities and the public
          </li>
          <li>
            <strong>scale</strong>: the size of the local challenge it takes on
          </li>
        </ul>
      )}
      <p>
        A bid comes from one footprint and is written by members with an appointment there. Members{" "}
        <Link href="/sign-in">sign in</Link> to start or join their footprint&apos;s bid.
      </p>

      <h2>After the pilots</h2>
      <p>
        What the pilots achieve, how they were set up and what they overcame will be published here
        and shared at a national learning event.
      </p>
    </PageWidth>
  );
}
