/**
 * The permission matrix's and the hostile-input suite's table of every server action: the page
 * whose form posts it (read as someone who may use it, so the form is the real one with seeded
 * ids), who may post it on those records (their posts would write, so they are left out), and the
 * answer everyone else gets. An action the build has and this table lacks fails both suites.
 */
import {
  FORGED_ID,
  FORGED_VERSION,
  SEEDED as S,
  type Fields,
  type Reader,
  type Role,
} from "./support";

export type ActionSource = {
  /** The page the action is posted to (and whose form is read). */
  page: string;
  /** Whose view of the page holds the form; omitted for an action no form carries. */
  form?: { as: Reader };
  /** Fields to post when no form carries the action. */
  fields?: Fields;
  /** Roles that may post it on the seeded records. */
  allowed: readonly Role[];
  arity?: "state" | "form" | "none";
  /** A visitor's answer where it is not "sign-in". */
  signedOut?: string;
  /** Answers that differ from "refused" (a 404 or the form's message). */
  expect?: Partial<Record<Role, string>>;
};

const SIGNED_IN: Role[] = ["member", "assessor", "otherBoardAdmin", "programmeAdmin"];
const ADMIN: Role[] = ["programmeAdmin"];
const adminRound = `/admin/rounds/${S.openRound}`;
const assessment = `/admin/rounds/${S.waveOne}/assessment`;
const assessmentBid = `${assessment}/${S.draftReviewBid}`;
const selection = `/admin/rounds/${S.waveOne}/selection`;
const bid = `/bids/${S.memberBid}`;
const workstream = `/board/${S.surreyFootprint}/workstreams/${S.surreyWorkstream}`;
const network = `/networks/${S.surreyNetwork}`;
const draft = `/governance/assessments/${S.surreyDraftAssessment}`;
const topic = `${draft}/topics/${S.topic}`;

/** A link's token that the portal never issued. */
const TOKEN = "x".repeat(43);
/** Every signed-in role, sent back to the security page (a post that writes nothing). */
const BACK_TO_SECURITY = {
  member: "redirect /me/security",
  assessor: "redirect /me/security",
  otherBoardAdmin: "redirect /me/security",
  programmeAdmin: "redirect /me/security",
};

export const ACTIONS: Record<string, ActionSource> = {
  "app/admin/rounds/[roundId]/assessment/actions.ts#assignAction": {
    page: assessmentBid,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/assessment/actions.ts#autoAssignAction": {
    page: assessment,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/assessment/actions.ts#recordConflictAction": {
    page: assessmentBid,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/assessment/actions.ts#reopenAction": {
    page: assessmentBid,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/assessment/actions.ts#unassignAction": {
    page: assessmentBid,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/ranking/actions.ts#saveWeightsAction": {
    page: `/admin/rounds/${S.waveOne}/ranking`,
    // Its form appears once the what-if weights differ from the saved ones.
    fields: [
      ["roundId", S.waveOne],
      ["version", "1"],
    ],
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/selection/actions.ts#recordDecisionAction": {
    page: `${selection}/${S.assessedBid}`,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/[roundId]/selection/actions.ts#recordProposalAction": {
    page: selection,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/actions.ts#changeRoundStateAction": {
    page: adminRound,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/actions.ts#saveCriteriaAction": {
    page: adminRound,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/actions.ts#saveRoundAction": {
    page: adminRound,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/admin/rounds/actions.ts#saveScaleAction": {
    page: adminRound,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/assessments/[bidId]/actions.ts#declareConflictAction": {
    page: `/assessments/${S.draftReviewBid}`,
    form: { as: "assessor" },
    allowed: ["assessor"],
  },
  "app/assessments/[bidId]/actions.ts#saveReviewAction": {
    page: `/assessments/${S.draftReviewBid}`,
    form: { as: "assessor" },
    allowed: ["assessor"],
  },
  "app/assessments/[bidId]/actions.ts#submitReviewAction": {
    page: `/assessments/${S.draftReviewBid}/check`,
    // Its form appears once every criterion is scored.
    fields: [["bidId", S.draftReviewBid]],
    allowed: ["assessor"],
  },
  "app/bids/actions.ts#addCoAuthorAction": {
    page: `${bid}/co-authors`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/bids/actions.ts#autosaveSectionAction": {
    page: `${bid}/sections/${S.section}`,
    // Posted by the section form's script as the user types, never by the form itself.
    fields: [
      ["bidId", S.memberBid],
      ["slug", S.section],
      ["version", "1"],
      ["body", "An autosaved draft"],
    ],
    allowed: ["member"],
    arity: "form",
  },
  "app/bids/actions.ts#saveBudgetAction": {
    page: `${bid}/budget`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/bids/actions.ts#savePartnersAction": {
    page: `${bid}/partners`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/bids/actions.ts#saveSectionAction": {
    page: `${bid}/sections/${S.section}`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/bids/actions.ts#startBidAction": {
    page: "/bids",
    // Its form appears for a footprint without a bid in the round; the member's has one.
    fields: [
      ["roundId", S.openRound],
      ["footprintId", S.surreyFootprint],
      ["title", "A second bid"],
    ],
    allowed: SIGNED_IN,
  },
  "app/bids/actions.ts#submitBidAction": {
    page: `${bid}/check`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/bids/actions.ts#withdrawBidAction": {
    page: bid,
    // Its form appears once the bid is submitted; the member's is a draft.
    fields: [["bidId", S.memberBid]],
    allowed: ["member"],
  },
  "app/board/[footprintId]/actions.ts#assignPersonAction": {
    page: `${workstream}/assign`,
    form: { as: "surreyBoardAdmin" },
    allowed: ADMIN,
  },
  "app/board/[footprintId]/actions.ts#endAssignmentAction": {
    page: workstream,
    form: { as: "surreyBoardAdmin" },
    allowed: ADMIN,
  },
  "app/board/[footprintId]/actions.ts#saveBoardSeatAction": {
    page: `/board/${S.seatFootprint}/seats/${S.seat}/edit`,
    // No demo account is board admin of a footprint with seats.
    fields: [
      ["footprintId", S.seatFootprint],
      ["id", S.seat],
      ["version", "1"],
      ["name", "Chair"],
    ],
    allowed: ADMIN,
  },
  "app/board/[footprintId]/actions.ts#saveWorkstreamAction": {
    page: `${workstream}/edit`,
    form: { as: "surreyBoardAdmin" },
    allowed: ADMIN,
  },
  "app/board/[footprintId]/actions.ts#setLeadCapAction": {
    page: `/board/${S.surreyFootprint}`,
    form: { as: "surreyBoardAdmin" },
    allowed: ADMIN,
  },
  "app/governance/actions.ts#autosaveAnswerAction": {
    page: topic,
    // Posted by the topic form's script as the user goes, never by the form itself.
    fields: [
      ["assessmentId", S.surreyDraftAssessment],
      ["topic", S.topic],
      ["version", "1"],
      ["rating", "2"],
      ["evidence", "An autosaved answer"],
    ],
    // Only Surrey Heartlands' board admins and network leads answer it: none of the roles here.
    allowed: [],
    arity: "form",
  },
  "app/governance/actions.ts#closePeriodAction": {
    page: "/admin/governance",
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/governance/actions.ts#openPeriodAction": {
    page: "/admin/governance",
    // Its form appears when no period is open; the demo's 2026/27 autumn is.
    fields: [
      ["name", "2027/28 spring"],
      ["closesAt", "2027-06-30T17:00"],
    ],
    allowed: ADMIN,
  },
  "app/governance/actions.ts#publishAssessmentAction": {
    page: `/governance/assessments/${S.surreySubmittedAssessment}`,
    form: { as: "surreyBoardAdmin" },
    // Only the footprint's board admins publish; everyone else who reads it is refused.
    allowed: [],
  },
  "app/governance/actions.ts#removeActionAction": {
    page: `${draft}/actions/${S.surreyDraftAction}`,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/governance/actions.ts#reopenAssessmentAction": {
    page: `/governance/assessments/${S.publishedAssessment}`,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/governance/actions.ts#saveActionAction": {
    page: `${topic}/actions/new`,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/governance/actions.ts#saveAnswerAction": {
    page: topic,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/governance/actions.ts#startAssessmentAction": {
    page: `/footprints/${S.surreyFootprint}/governance`,
    // Its form appears for a footprint without an assessment in the open period; Surrey has one.
    fields: [["footprintId", S.surreyFootprint]],
    allowed: [],
  },
  "app/governance/actions.ts#submitAssessmentAction": {
    page: `${draft}/check`,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/governance/actions.ts#updateActionStatusAction": {
    page: `/governance/assessments/${S.surreySubmittedAssessment}/actions/${S.surreySubmittedAction}`,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/governance/actions.ts#updatePeriodAction": {
    page: `/admin/governance/${S.governancePeriod}`,
    form: { as: "programmeAdmin" },
    allowed: ADMIN,
  },
  "app/forgotten-password/actions.ts#forgottenPasswordAction": {
    page: "/forgotten-password",
    form: { as: "signedOut" },
    // The empty form: everyone is told to enter an address; nothing is sent.
    allowed: [],
    signedOut: "refused",
  },
  "app/invitations/actions.ts#inviteAction": {
    page: "/invitations/new",
    form: { as: "programmeAdmin" },
    // The empty form: no address, so nobody is invited, whoever posts it.
    allowed: [],
  },
  "app/invitations/actions.ts#resendInvitationAction": {
    page: "/invitations",
    // Its form appears beside a pending invitation; the demo data has none.
    fields: [
      ["invitationId", FORGED_ID],
      ["version", "1"],
    ],
    allowed: [],
  },
  "app/invitations/actions.ts#revokeInvitationAction": {
    page: "/invitations",
    fields: [
      ["invitationId", FORGED_ID],
      ["version", "1"],
    ],
    allowed: [],
  },
  "app/join/[token]/actions.ts#acceptInvitationAction": {
    page: `/join/${TOKEN}`,
    // Its form appears for a live invitation's link; no demo invitation has one.
    fields: [
      ["token", TOKEN],
      ["password", "violet tractor quietly harbour"],
      ["privacyAccepted", "yes"],
    ],
    allowed: [],
    signedOut: "refused",
  },
  "app/me/security/actions.ts#doneWithRecoveryCodesAction": {
    page: "/me/security/recovery-codes",
    // Its form appears just after new codes are made; posting it only closes their view.
    fields: [],
    allowed: SIGNED_IN,
    arity: "none",
    expect: BACK_TO_SECURITY,
  },
  "app/me/security/actions.ts#regenerateRecoveryCodesAction": {
    page: "/me/security",
    form: { as: "programmeAdmin" },
    // The empty form: no code, so nothing is made.
    allowed: [],
  },
  "app/me/security/actions.ts#replaceSecondFactorAction": {
    page: "/me/security",
    form: { as: "programmeAdmin" },
    allowed: [],
  },
  "app/me/security/actions.ts#setUpMySecondFactorAction": {
    page: "/me/security/set-up",
    form: { as: "member" },
    allowed: [],
  },
  "app/me/security/actions.ts#signOutEverywhereAction": {
    page: "/me/security",
    form: { as: "member" },
    // Each may end their own sessions (a write): left out; a forged version is refused as stale.
    allowed: SIGNED_IN,
  },
  "app/me/security/actions.ts#turnOffSecondFactorAction": {
    page: "/me/security",
    // Its form appears for a member with an app; the demo member has none.
    fields: [["code", "123456"]],
    allowed: [],
  },
  "app/me/actions.ts#endDeclarationAction": {
    page: `/me/declarations/${S.memberDeclaration}`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/me/actions.ts#saveDeclarationAction": {
    page: `/me/declarations/${S.memberDeclaration}`,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/me/actions.ts#updateProfileAction": {
    page: "/me",
    form: { as: "member" },
    // Everyone signed in edits their own profile with it.
    allowed: SIGNED_IN,
  },
  "app/networks/actions.ts#decideJoinRequestAction": {
    page: network,
    form: { as: "surreyBoardAdmin" },
    allowed: [],
  },
  "app/networks/actions.ts#leaveNetworkAction": {
    page: network,
    form: { as: "member" },
    allowed: ["member"],
  },
  "app/networks/actions.ts#requestToJoinAction": {
    page: network,
    form: { as: "assessor" },
    allowed: SIGNED_IN,
  },
  "app/networks/actions.ts#saveNetworkAction": {
    page: `${network}/edit`,
    form: { as: "surreyBoardAdmin" },
    allowed: ADMIN,
  },
  "app/sign-in/actions.ts#signInAction": {
    page: "/sign-in",
    form: { as: "signedOut" },
    // The empty form: everyone is told what to enter, nobody is signed in.
    allowed: [],
    signedOut: "refused",
  },
  "app/reset-password/[token]/actions.ts#resetPasswordAction": {
    page: `/reset-password/${TOKEN}`,
    // Its form appears for a live reset link; the demo data has none.
    fields: [
      ["token", TOKEN],
      ["password", "violet tractor quietly harbour"],
    ],
    allowed: [],
    signedOut: "refused",
  },
  "app/sign-in/code/actions.ts#verifyCodeAction": {
    page: "/sign-in/code",
    // Its form appears during a sign-in; without one under way, every post is refused.
    fields: [["code", "123456"]],
    allowed: [],
    signedOut: "refused",
  },
  "app/sign-in/email-link/actions.ts#requestSignInLinkAction": {
    page: "/sign-in/email-link",
    // Off without SMTP_URL (the e2e server has none): refused, and nothing is sent.
    fields: [["email", "member@example.org"]],
    allowed: [],
    signedOut: "refused",
  },
  "app/sign-in/set-up/actions.ts#setUpAtSignInAction": {
    page: "/sign-in/set-up",
    fields: [
      ["secret", "DEMODEMODEMODEMODEMODEMODEMODEMO"],
      ["code", "123456"],
    ],
    allowed: [],
    signedOut: "refused",
  },
  "app/sign-out/actions.ts#signOutAction": {
    page: "/me",
    form: { as: "member" },
    // Signing out ends the caller's own session and writes nothing: everyone may.
    allowed: SIGNED_IN,
    arity: "none",
    signedOut: "redirect /sign-out",
    expect: {
      member: "redirect /sign-out",
      assessor: "redirect /sign-out",
      otherBoardAdmin: "redirect /sign-out",
      programmeAdmin: "redirect /sign-out",
    },
  },
};

export function actionSourceFor(key: string): ActionSource {
  const source = ACTIONS[key];
  if (!source) throw new Error(`${key} is not in the table of actions`);
  return source;
}

/** Every record id and version in a form swapped for a forged one. */
export function forgeIds(fields: Fields): Fields {
  return fields.map(([name, value]) => {
    if (name.startsWith("$ACTION")) return [name, value];
    if (name === "version" || name.endsWith("Version")) return [name, FORGED_VERSION];
    if (name === "id" || /Ids?$/.test(name)) return [name, FORGED_ID];
    return [name, value];
  });
}
