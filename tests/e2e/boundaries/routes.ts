/**
 * The permission matrix's expectations for every route under app/: the seeded record it is opened
 * on, and what each role gets. A route the build has and this table lacks fails the suite, and so
 * does one this table names that the build no longer has.
 *
 * Outcomes: "ok" (200), "not-found" (404, the answer for anything a role may not see, so that the
 * answer reveals nothing), "sign-in" (a redirect to the sign-in page), "redirect /path".
 * With a forged id in place of each record id, every role gets "not-found", except where the
 * route sends a visitor to sign in before it looks anything up (then "sign-in").
 */
import { SEEDED as S, type Role } from "./support";

export type Expectation = Record<Role, string>;

type RouteEntry = {
  /** The path with seeded records; omitted for a route without parameters. */
  path?: string;
  /** The path with forged ids; omitted where the route has no record id to forge. */
  forged?: string;
  real: Expectation;
  /** Only where it differs from the rule above. */
  forgedExpect?: Partial<Expectation>;
};

const F = "forged-00000000000000000000";

/** Everyone sees it, signed in or not. */
const PUBLIC: Expectation = {
  signedOut: "ok",
  member: "ok",
  assessor: "ok",
  otherBoardAdmin: "ok",
  programmeAdmin: "ok",
};
/** Anyone signed in. */
const SIGNED_IN: Expectation = { ...PUBLIC, signedOut: "sign-in" };
/** Board admins of the footprint only (none of the roles here: the other board admin is West Yorkshire's). */
const FOOTPRINT_BOARD: Expectation = {
  signedOut: "sign-in",
  member: "not-found",
  assessor: "not-found",
  otherBoardAdmin: "not-found",
  programmeAdmin: "not-found",
};
/** A download for programme admins: a route handler, so a visitor gets 404 too, not a sign-in page. */
const ADMIN_DOWNLOAD: Expectation = {
  signedOut: "not-found",
  member: "not-found",
  assessor: "not-found",
  otherBoardAdmin: "not-found",
  programmeAdmin: "ok",
};
/** Programme admins only. */
const ADMIN: Expectation = {
  signedOut: "sign-in",
  member: "not-found",
  assessor: "not-found",
  otherBoardAdmin: "not-found",
  programmeAdmin: "ok",
};

/** Programme admins and board admins (who invite members of their own footprints). */
const INVITERS: Expectation = { ...ADMIN, otherBoardAdmin: "ok" };
/** Nobody: a record that does not exist, or a page that is off (sign-in links without SMTP_URL). */
const NOBODY: Expectation = {
  signedOut: "not-found",
  member: "not-found",
  assessor: "not-found",
  otherBoardAdmin: "not-found",
  programmeAdmin: "not-found",
};
/** A link's token that the portal never issued: the page says so, to anyone. */
const TOKEN = "x".repeat(43);

export const ROUTES: Record<string, RouteEntry> = {
  "/": { real: PUBLIC },
  "/admin": { real: ADMIN },
  "/admin/bids": { real: ADMIN },
  "/admin/bids/export": { real: ADMIN_DOWNLOAD },
  "/admin/coverage": { real: ADMIN },
  "/admin/coverage.csv": { real: ADMIN_DOWNLOAD },
  "/admin/governance": { real: ADMIN },
  "/admin/governance/[periodId]": {
    path: `/admin/governance/${S.governancePeriod}`,
    forged: `/admin/governance/${F}`,
    real: ADMIN,
  },
  "/admin/emails": { real: ADMIN },
  // The demo data has sent no email: the id is one no email has.
  "/admin/emails/[emailId]": {
    path: `/admin/emails/${F}`,
    real: { ...NOBODY, signedOut: "sign-in" },
  },
  "/admin/rounds": { real: ADMIN },
  "/admin/rounds/new": { real: ADMIN },
  "/admin/rounds/[roundId]": {
    path: `/admin/rounds/${S.openRound}`,
    forged: `/admin/rounds/${F}`,
    real: ADMIN,
  },
  "/admin/rounds/[roundId]/assessment": {
    path: `/admin/rounds/${S.waveOne}/assessment`,
    forged: `/admin/rounds/${F}/assessment`,
    real: ADMIN,
  },
  "/admin/rounds/[roundId]/assessment/[bidId]": {
    path: `/admin/rounds/${S.waveOne}/assessment/${S.assessedBid}`,
    forged: `/admin/rounds/${S.waveOne}/assessment/${F}`,
    real: ADMIN,
  },
  "/admin/rounds/[roundId]/decisions.csv": {
    path: `/admin/rounds/${S.waveOne}/decisions.csv`,
    forged: `/admin/rounds/${F}/decisions.csv`,
    real: ADMIN_DOWNLOAD,
  },
  "/admin/rounds/[roundId]/ranking": {
    path: `/admin/rounds/${S.waveOne}/ranking`,
    forged: `/admin/rounds/${F}/ranking`,
    real: ADMIN,
  },
  "/admin/rounds/[roundId]/ranking.csv": {
    path: `/admin/rounds/${S.waveOne}/ranking.csv`,
    forged: `/admin/rounds/${F}/ranking.csv`,
    real: ADMIN_DOWNLOAD,
  },
  "/admin/rounds/[roundId]/reviews.csv": {
    path: `/admin/rounds/${S.waveOne}/reviews.csv`,
    forged: `/admin/rounds/${F}/reviews.csv`,
    real: ADMIN_DOWNLOAD,
  },
  "/admin/rounds/[roundId]/selection": {
    path: `/admin/rounds/${S.waveOne}/selection`,
    forged: `/admin/rounds/${F}/selection`,
    real: ADMIN,
  },
  "/admin/rounds/[roundId]/selection/[bidId]": {
    path: `/admin/rounds/${S.waveOne}/selection/${S.assessedBid}`,
    forged: `/admin/rounds/${S.waveOne}/selection/${F}`,
    real: ADMIN,
  },
  "/api/auth/[...nextauth]": { path: "/api/auth/providers", real: PUBLIC },
  "/api/health": { real: PUBLIC },
  "/assessments": {
    real: { ...ADMIN, assessor: "ok", programmeAdmin: "not-found" },
  },
  "/assessments/[bidId]": {
    path: `/assessments/${S.assessedBid}`,
    forged: `/assessments/${F}`,
    real: { ...ADMIN, assessor: "ok", programmeAdmin: "not-found" },
  },
  "/assessments/[bidId]/check": {
    path: `/assessments/${S.assessedBid}/check`,
    forged: `/assessments/${F}/check`,
    real: { ...ADMIN, assessor: "ok", programmeAdmin: "not-found" },
  },
  "/bids": { real: SIGNED_IN },
  "/bids/[bidId]": {
    path: `/bids/${S.memberBid}`,
    forged: `/bids/${F}`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/budget": {
    path: `/bids/${S.memberBid}/budget`,
    forged: `/bids/${F}/budget`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/check": {
    path: `/bids/${S.memberBid}/check`,
    forged: `/bids/${F}/check`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/co-authors": {
    path: `/bids/${S.memberBid}/co-authors`,
    forged: `/bids/${F}/co-authors`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/partners": {
    path: `/bids/${S.memberBid}/partners`,
    forged: `/bids/${F}/partners`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/print": {
    path: `/bids/${S.memberBid}/print`,
    forged: `/bids/${F}/print`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/sections/[slug]": {
    path: `/bids/${S.memberBid}/sections/${S.section}`,
    forged: `/bids/${F}/sections/${S.section}`,
    real: { ...ADMIN, member: "ok" },
  },
  "/bids/[bidId]/submitted": {
    path: `/bids/${S.memberBid}/submitted`,
    forged: `/bids/${F}/submitted`,
    // The bid is a draft: its confirmation page sends the reader back to it.
    real: {
      ...ADMIN,
      member: `redirect /bids/${S.memberBid}`,
      programmeAdmin: `redirect /bids/${S.memberBid}`,
    },
  },
  "/board": { real: { ...FOOTPRINT_BOARD, otherBoardAdmin: "ok" } },
  "/board/[footprintId]": {
    path: `/board/${S.surreyFootprint}`,
    forged: `/board/${F}`,
    // Programme admins read every footprint's coverage; only its board admins work on it.
    real: { ...FOOTPRINT_BOARD, programmeAdmin: "ok" },
  },
  "/board/[footprintId]/[kind]/[id]": {
    path: `/board/${S.surreyFootprint}/workstreams/${S.surreyWorkstream}`,
    forged: `/board/${S.surreyFootprint}/workstreams/${F}`,
    real: FOOTPRINT_BOARD,
  },
  "/board/[footprintId]/[kind]/[id]/assign": {
    path: `/board/${S.seatFootprint}/seats/${S.seat}/assign`,
    forged: `/board/${S.seatFootprint}/seats/${F}/assign`,
    real: FOOTPRINT_BOARD,
  },
  "/board/[footprintId]/[kind]/[id]/edit": {
    path: `/board/${S.surreyFootprint}/workstreams/${S.surreyWorkstream}/edit`,
    forged: `/board/${S.surreyFootprint}/workstreams/${F}/edit`,
    real: FOOTPRINT_BOARD,
  },
  "/board/[footprintId]/[kind]/new": {
    path: `/board/${S.surreyFootprint}/workstreams/new`,
    forged: `/board/${F}/workstreams/new`,
    real: FOOTPRINT_BOARD,
  },
  "/board/[footprintId]/coverage.csv": {
    path: `/board/${S.surreyFootprint}/coverage.csv`,
    forged: `/board/${F}/coverage.csv`,
    real: ADMIN_DOWNLOAD,
  },
  "/dashboard": { real: SIGNED_IN },
  "/footprints": { real: PUBLIC },
  "/forgotten-password": { real: PUBLIC },
  "/footprints/[id]": {
    path: `/footprints/${S.surreyFootprint}`,
    forged: `/footprints/${F}`,
    real: PUBLIC,
  },
  "/footprints/[id]/governance": {
    path: `/footprints/${S.surreyFootprint}/governance`,
    forged: `/footprints/${F}/governance`,
    real: PUBLIC,
  },
  "/footprints/[id]/register.csv": {
    path: `/footprints/${S.surreyFootprint}/register.csv`,
    forged: `/footprints/${F}/register.csv`,
    real: PUBLIC,
  },
  "/governance": { real: PUBLIC },
  "/governance/assessments/[assessmentId]": {
    path: `/governance/assessments/${S.publishedAssessment}`,
    forged: `/governance/assessments/${F}`,
    real: PUBLIC,
  },
  "/governance/assessments/[assessmentId]/actions/[actionId]": {
    path: `/governance/assessments/${S.surreyDraftAssessment}/actions/${S.surreyDraftAction}`,
    forged: `/governance/assessments/${S.surreyDraftAssessment}/actions/${F}`,
    real: FOOTPRINT_BOARD,
  },
  // A programme admin reads the draft but does not answer it: sent to the assessment's page.
  "/governance/assessments/[assessmentId]/check": {
    path: `/governance/assessments/${S.surreyDraftAssessment}/check`,
    forged: `/governance/assessments/${F}/check`,
    real: {
      ...FOOTPRINT_BOARD,
      programmeAdmin: `redirect /governance/assessments/${S.surreyDraftAssessment}`,
    },
  },
  "/governance/assessments/[assessmentId]/topics/[slug]": {
    path: `/governance/assessments/${S.surreyDraftAssessment}/topics/${S.topic}`,
    forged: `/governance/assessments/${F}/topics/${S.topic}`,
    real: {
      ...FOOTPRINT_BOARD,
      programmeAdmin: `redirect /governance/assessments/${S.surreyDraftAssessment}`,
    },
  },
  "/governance/assessments/[assessmentId]/topics/[slug]/actions/new": {
    path: `/governance/assessments/${S.surreyDraftAssessment}/topics/${S.topic}/actions/new`,
    forged: `/governance/assessments/${F}/topics/${S.topic}/actions/new`,
    real: {
      ...FOOTPRINT_BOARD,
      programmeAdmin: `redirect /governance/assessments/${S.surreyDraftAssessment}`,
    },
  },
  "/governance/grid.csv": { real: PUBLIC },
  "/invitations": { real: INVITERS },
  "/invitations/new": { real: INVITERS },
  "/join/[token]": { path: `/join/${TOKEN}`, real: PUBLIC },
  "/me": { real: SIGNED_IN },
  "/me/declarations/[id]": {
    path: `/me/declarations/${S.memberDeclaration}`,
    forged: `/me/declarations/${F}`,
    real: { ...ADMIN, member: "ok", programmeAdmin: "not-found" },
  },
  "/me/declarations/new": { real: SIGNED_IN },
  "/me/security": { real: SIGNED_IN },
  // Shown once, just after the codes are made; otherwise back to the security page.
  "/me/security/recovery-codes": {
    real: {
      signedOut: "sign-in",
      member: "redirect /me/security",
      assessor: "redirect /me/security",
      otherBoardAdmin: "redirect /me/security",
      programmeAdmin: "redirect /me/security",
    },
  },
  // Staff demo accounts have an app already; the member has none.
  "/me/security/set-up": {
    real: {
      signedOut: "sign-in",
      member: "ok",
      assessor: "redirect /me/security",
      otherBoardAdmin: "redirect /me/security",
      programmeAdmin: "redirect /me/security",
    },
  },
  "/networks": { real: PUBLIC },
  "/networks/[id]": {
    path: `/networks/${S.surreyNetwork}`,
    forged: `/networks/${F}`,
    real: PUBLIC,
  },
  "/networks/[id]/edit": {
    path: `/networks/${S.surreyNetwork}/edit`,
    forged: `/networks/${F}/edit`,
    real: FOOTPRINT_BOARD,
  },
  "/networks/new": { real: { ...FOOTPRINT_BOARD, otherBoardAdmin: "ok" } },
  "/notifications": { real: SIGNED_IN },
  "/people": { real: SIGNED_IN },
  "/people/[id]": {
    path: `/people/${S.memberPerson}`,
    forged: `/people/${F}`,
    real: SIGNED_IN,
  },
  "/people/export.csv": { real: ADMIN_DOWNLOAD },
  "/privacy": { real: PUBLIC },
  "/reset-password/[token]": { path: `/reset-password/${TOKEN}`, real: PUBLIC },
  "/rounds/[slug]": {
    path: `/rounds/${S.openRoundSlug}`,
    forged: `/rounds/${F}`,
    real: PUBLIC,
  },
  "/search": { path: "/search?q=surrey", real: PUBLIC },
  // Someone signed in is sent on to their start page.
  "/sign-in": {
    real: {
      signedOut: "ok",
      member: "redirect /dashboard",
      assessor: "redirect /assessments",
      otherBoardAdmin: "redirect /board",
      programmeAdmin: "redirect /admin",
    },
  },
  // The second step of a sign-in: without one under way, it says the sign-in has expired.
  "/sign-in/code": { real: PUBLIC },
  "/sign-in/email-link": { real: NOBODY },
  "/sign-in/set-up": { real: PUBLIC },
  "/sign-out": { real: PUBLIC },
};
