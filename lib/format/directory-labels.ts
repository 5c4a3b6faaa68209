import type { TagColour } from "@/lib/format/tag-colour";
import type {
  ContactPreference,
  InterestType,
  MembershipRole,
  OrganisationKind,
} from "../generated/prisma/enums";

export const INTEREST_TYPE_LABELS: Record<InterestType, string> = {
  FINANCIAL: "Financial",
  NON_FINANCIAL_PROFESSIONAL: "Non-financial professional",
  NON_FINANCIAL_PERSONAL: "Non-financial personal",
  INDIRECT: "Indirect",
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  CCG: "Clinical commissioning group",
  TRUST: "NHS trust",
  ICB: "Integrated care board",
  LOCAL_AUTHORITY: "Local authority",
  VOLUNTARY: "Voluntary organisation",
  OTHER: "Other organisation",
};

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  CHAIR: "Chair",
  SECRETARY: "Secretary",
  MEMBER: "Member",
};

export const CONTACT_PREFERENCE_LABELS: Record<ContactPreference, string> = {
  EMAIL: "Email",
  PHONE: "Phone",
  NONE: "Do not contact me",
};

export const VISIBILITY_TAGS: Record<"PRIVATE" | "MEMBERS", { label: string; colour: TagColour }> =
  {
    PRIVATE: { label: "Only you", colour: "grey" },
    MEMBERS: { label: "Members", colour: "green" },
  };

/** "Helen Ashworth". */
export function personName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
