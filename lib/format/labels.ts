import type { TagColour } from "@/lib/format/tag-colour";
import type {
  AppointmentRole,
  AssignmentRole,
  BidState,
  ConflictType,
  DecisionOutcome,
  NetworkStatus,
  ReviewState,
  RoundState,
} from "../generated/prisma/enums";

export const APPOINTMENT_ROLE_LABELS: Record<AppointmentRole, string> = {
  LAY_MEMBER: "Lay member",
  NED: "Non-executive director",
  CHAIR: "Chair",
  COUNCILLOR: "Councillor",
  ASSOCIATE_NED: "Associate non-executive director",
  OTHER: "Other appointment",
};

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = {
  LEAD: "Non-executive lead",
  MEMBER: "Member",
};

export const BID_STATE_TAGS: Record<BidState, { label: string; colour: TagColour }> = {
  DRAFT: { label: "Draft", colour: "grey" },
  SUBMITTED: { label: "Submitted", colour: "blue" },
  WITHDRAWN: { label: "Withdrawn", colour: "white" },
  SHORTLISTED: { label: "Shortlisted", colour: "purple" },
  FUNDED: { label: "Funded", colour: "green" },
  DECLINED: { label: "Declined", colour: "red" },
};

export const NETWORK_STATUS_TAGS: Record<NetworkStatus, { label: string; colour: TagColour }> = {
  PROPOSED: { label: "Proposed", colour: "yellow" },
  ESTABLISHED: { label: "Established", colour: "blue" },
  PILOT: { label: "Pilot site", colour: "green" },
  CLOSED: { label: "Closed", colour: "grey" },
};

export const ROUND_STATE_TAGS: Record<RoundState, { label: string; colour: TagColour }> = {
  DRAFT: { label: "Draft", colour: "grey" },
  OPEN: { label: "Open", colour: "green" },
  CLOSED: { label: "Closed", colour: "orange" },
  IN_ASSESSMENT: { label: "In assessment", colour: "purple" },
  DECIDED: { label: "Decided", colour: "blue" },
  PUBLISHED: { label: "Published", colour: "white" },
};

export const REVIEW_STATE_TAGS: Record<
  ReviewState | "NOT_STARTED",
  { label: string; colour: TagColour }
> = {
  NOT_STARTED: { label: "Not started", colour: "grey" },
  DRAFT: { label: "In progress", colour: "yellow" },
  SUBMITTED: { label: "Submitted", colour: "green" },
};

export const CONFLICT_TYPE_LABELS: Record<ConflictType, string> = {
  APPOINTMENT_IN_FOOTPRINT: "Appointment in the footprint",
  APPOINTMENT_AT_PARTNER: "Appointment at a partner",
  DECLARED_INTEREST: "Declared interest",
  SELF_DECLARED: "Declared by the assessor",
  ADMIN_RECORDED: "Recorded by the programme team",
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  FUNDED: "Funded",
  DECLINED: "Declined",
};
