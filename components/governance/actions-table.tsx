import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatUkDate } from "@/lib/format/dates";
import { ACTION_STATUS_TAGS } from "@/lib/governance/labels";
import { topicByKey, topicLabel } from "@/lib/governance/topics";
import type { GovernanceActionStatus, GovernanceTopic } from "@/lib/generated/prisma/enums";

export type ActionRow = {
  id: string;
  topic: GovernanceTopic;
  description: string;
  dueOn: Date;
  status: GovernanceActionStatus;
  overdue: boolean;
  owner: { name: string };
  /** A link or form in the last column (change, update progress). */
  extra?: ReactNode;
};

/** Actions with their owners and due dates; one past its date and not done is flagged overdue. */
export function ActionsTable({
  caption,
  actions,
  showTopic = true,
  extraHeading,
}: {
  caption: string;
  actions: ActionRow[];
  showTopic?: boolean;
  extraHeading?: string;
}) {
  return (
    <Table
      caption={caption}
      captionClassName="text-nhs-19"
      head={[
        ...(showTopic ? ["Topic"] : []),
        "Action",
        "Owner",
        "Due",
        "Status",
        ...(extraHeading ? [extraHeading] : []),
      ]}
      rows={actions.map((action) => [
        ...(showTopic ? [topicLabel(topicByKey(action.topic))] : []),
        <span key="what" className="whitespace-pre-wrap">
          {action.description}
        </span>,
        action.owner.name,
        <span key="due">
          {formatUkDate(action.dueOn)}
          {action.overdue ? (
            <span className="block">
              <Tag colour="red">Overdue</Tag>
            </span>
          ) : null}
        </span>,
        <Tag key="status" colour={ACTION_STATUS_TAGS[action.status].colour}>
          {ACTION_STATUS_TAGS[action.status].label}
        </Tag>,
        ...(extraHeading ? [action.extra ?? null] : []),
      ])}
    />
  );
}
