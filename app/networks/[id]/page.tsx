import type { Metadata } from "next";
import Link from "next/link";
import { Caption, PageWidth } from "@/components/layout/page";
import { ActionForm } from "@/components/ui/action-form";
import { InsetText } from "@/components/ui/inset-text";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/errors/or-not-found";
import { formatUkDate } from "@/lib/format/dates";
import {
  MEMBERSHIP_ROLE_LABELS,
  ORGANISATION_KIND_LABELS,
  personName,
} from "@/lib/format/directory-labels";
import { NETWORK_STATUS_TAGS } from "@/lib/format/labels";
import { getNetwork } from "@/lib/networks/get-network";
import { decideJoinRequestAction, leaveNetworkAction } from "../actions";
import { JoinForm } from "../join-form";

export const metadata: Metadata = { title: "Network" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  requested: "You have asked to join. The footprint's board admin will decide.",
  left: "You have left the network.",
  approved: "Request approved: they are now a member.",
  declined: "Request declined.",
  created: "Network created.",
  updated: "Network updated.",
};

export default async function NetworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { done } = await searchParams;
  const actor = await getActor();
  const { network, members, myMembership, myRequest, pendingRequests, isAdmin } = await orNotFound(
    getNetwork({ id, actor }),
  );
  const notice = typeof done === "string" ? NOTICES[done] : undefined;

  return (
    <PageWidth>
      {notice ? (
        <div role="status" className="mb-nhs-5 border-4 border-nhs-green bg-white p-nhs-4">
          <p className="m-0 font-bold">{notice}</p>
        </div>
      ) : null}
      <Caption>Network</Caption>
      <h1>{network.name}</h1>
      <SummaryList
        rows={[
          {
            key: "Status",
            value: (
              <Tag colour={NETWORK_STATUS_TAGS[network.status].colour}>
                {NETWORK_STATUS_TAGS[network.status].label}
              </Tag>
            ),
          },
          {
            key: "Footprint",
            value: (
              <Link href={`/footprints/${network.footprint.id}`}>{network.footprint.name}</Link>
            ),
          },
          { key: "Region", value: network.footprint.region.name },
          { key: "Members", value: network._count.memberships },
        ]}
      />
      {isAdmin ? (
        <p>
          <Link href={`/networks/${network.id}/edit`}>Edit this network</Link>
        </p>
      ) : null}

      <h2>Purpose</h2>
      <p>{network.purpose}</p>
      {network.function ? (
        <>
          <h2>Function</h2>
          <p>{network.function}</p>
        </>
      ) : null}
      {network.model ? (
        <>
          <h2>Model</h2>
          <p>{network.model}</p>
        </>
      ) : null}

      <h2>How to get involved</h2>
      {network.howToJoin ? <p>{network.howToJoin}</p> : null}
      {!actor ? (
        <p>
          <Link href={`/sign-in?callbackUrl=/networks/${network.id}`}>Sign in</Link> to ask to join
          and to see the members.
        </p>
      ) : myMembership ? (
        <>
          <InsetText>
            You are a member of this network ({MEMBERSHIP_ROLE_LABELS[myMembership.role]}).
          </InsetText>
          <ActionForm
            action={leaveNetworkAction}
            fields={{ networkId: network.id }}
            label="Leave this network"
            variant="secondary"
          />
        </>
      ) : myRequest ? (
        <InsetText>
          You asked to join on {formatUkDate(myRequest.createdAt)}. The board admin has not decided
          yet.
        </InsetText>
      ) : network.status === "CLOSED" ? (
        <p>This network has closed.</p>
      ) : actor.personId ? (
        <JoinForm networkId={network.id} />
      ) : (
        <p>You need a member profile to join a network.</p>
      )}

      {pendingRequests ? (
        <>
          <h2>Requests to join</h2>
          {pendingRequests.length ? (
            <ul className="list-none p-0">
              {pendingRequests.map((request) => (
                <li key={request.id} className="mb-nhs-4 border-b border-nhs-border pb-nhs-3">
                  <h3 className="mt-0">{personName(request.person)}</h3>
                  <p className="text-nhs-16 text-nhs-secondary-text">
                    Asked on {formatUkDate(request.createdAt)}
                  </p>
                  {request.message ? <p>{request.message}</p> : null}
                  <ActionForm
                    action={decideJoinRequestAction}
                    fields={{ requestId: request.id, decision: "APPROVE" }}
                    label={
                      <>
                        Approve<span className="sr-only"> {personName(request.person)}</span>
                      </>
                    }
                  />
                  <ActionForm
                    action={decideJoinRequestAction}
                    fields={{ requestId: request.id, decision: "DECLINE" }}
                    label={
                      <>
                        Decline<span className="sr-only"> {personName(request.person)}</span>
                      </>
                    }
                    variant="warning"
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p>No requests are waiting.</p>
          )}
        </>
      ) : null}

      {members ? (
        <>
          <h2>Members</h2>
          {members.length ? (
            <Table
              caption={`Members (${members.length})`}
              captionClassName="text-nhs-19"
              head={["Name", "Role", "Joined"]}
              rows={members.map((m) => [
                <Link key="name" href={`/people/${m.person.id}`}>
                  {personName(m.person)}
                </Link>,
                MEMBERSHIP_ROLE_LABELS[m.role],
                formatUkDate(m.joinedAt),
              ])}
            />
          ) : (
            <p>This network has no members yet.</p>
          )}
        </>
      ) : null}

      <h2>Organisations covered</h2>
      {network.organisations.length ? (
        <ul>
          {network.organisations.map(({ organisation }) => (
            <li key={organisation.id}>
              {organisation.name}{" "}
              <span className="text-nhs-secondary-text">
                ({ORGANISATION_KIND_LABELS[organisation.kind]})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No organisations are recorded for this network.</p>
      )}
    </PageWidth>
  );
}
