/**
 * What the permission matrix and the hostile-input suite share: sessions minted for each role, the
 * database's checksums, the build's manifests of routes and server actions, the portal's own forms
 * read from its HTML, and requests posted as a browser or as React's client would post them.
 *
 * These suites run in their own Playwright project, before the browser journeys (which write), so
 * a checksum taken before and after a batch of refused requests can only change if one of them
 * wrote something.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { encode } from "next-auth/jwt";
// @ts-expect-error React's client for the server-action wire format has no type declarations.
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";
import pg from "pg";
import { E2E_DATA_DIR } from "../../../playwright.config";

export const ROLES = [
  "signedOut",
  "member",
  "assessor",
  "otherBoardAdmin",
  "programmeAdmin",
] as const;
export type Role = (typeof ROLES)[number];
/** Who a form is read as: one of the roles, or the board admin of the footprint it belongs to. */
export type Reader = Exclude<Role, "signedOut"> | "surreyBoardAdmin" | "signedOut";

const EMAILS: Record<Exclude<Reader, "signedOut">, string> = {
  member: "member@example.org",
  assessor: "assessor@example.org",
  // Board admin of West Yorkshire: every Surrey Heartlands record is another footprint's to them.
  otherBoardAdmin: "board.westyorkshire@example.org",
  programmeAdmin: "admin@example.org",
  surreyBoardAdmin: "board.surrey@example.org",
};

/** Records of the demo data (prisma/seed; their ids are fixed there) that the suites aim at. */
export const SEEDED = {
  surreyFootprint: "seed-footprint-ics-qxu",
  surreyNetwork: "seed-network-surrey-heartlands",
  surreyWorkstream: "seed-workstream-qxu-cancer",
  seatFootprint: "seed-footprint-ics-qe1",
  seat: "seed-board-seat-qe1-1",
  openRound: "seed-round-pilot-sites-2026",
  openRoundSlug: "pilot-sites-2026",
  waveOne: "seed-round-pilot-sites-wave-one",
  /** member@example.org's own draft bid, for Surrey Heartlands, in the open round. */
  memberBid: "seed-bid-pilot-sites-2026-qxu",
  /** A wave one bid that assessor@example.org is assigned to. */
  assessedBid: "seed-bid-pilot-sites-wave-one-qwu",
  /** A wave one bid whose review by assessor@example.org is still a draft. */
  draftReviewBid: "seed-bid-pilot-sites-wave-one-qjg",
  memberDeclaration: "seed-declaration-demo-member-1",
  memberPerson: "seed-person-demo-member",
  section: "innovation",
  /** The open governance period, and Surrey Heartlands' draft in it (one topic to go). */
  governancePeriod: "seed-governance-period-2026-27-autumn",
  surreyDraftAssessment: "seed-governance-2026-27-qxu",
  surreyDraftAction: "seed-governance-2026-27-qxu-action-1",
  /** Surrey Heartlands' published 2025/26 assessment and one of its actions. */
  surreySubmittedAssessment: "seed-governance-2025-26-qxu",
  surreySubmittedAction: "seed-governance-2025-26-qxu-action-1",
  /** Lancashire and South Cumbria's published assessment in the open period. */
  publishedAssessment: "seed-governance-2026-27-qe1",
  topic: "shared-purpose",
} as const;

export const FORGED_ID = "forged-00000000000000000000";
/** A version no record reaches, so an edit carrying it is stale, never applied. */
export const FORGED_VERSION = "987654";

export const BASE_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

export async function connectDb(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  return client;
}

/** A session cookie for each reader, minted with the server's own secret as next-auth would. */
export async function sessionCookies(db: pg.Client): Promise<Record<Reader, string>> {
  const secret =
    process.env.NEXTAUTH_SECRET ??
    readFileSync(path.join(E2E_DATA_DIR, "auth-secret"), "utf8").trim();
  const { rows } = await db.query<{
    id: string;
    email: string;
    name: string;
    sessionVersion: number;
  }>(`SELECT "id", "email", "name", "sessionVersion" FROM "User" WHERE "email" = ANY($1)`, [
    Object.values(EMAILS),
  ]);
  const cookies = { signedOut: "" } as Record<Reader, string>;
  for (const [reader, email] of Object.entries(EMAILS)) {
    const user = rows.find((row) => row.email === email);
    if (!user) throw new Error(`The demo account ${email} is missing`);
    const token = await encode({
      // `sv`: the account's session version, which every request checks (lib/auth/load-actor.ts).
      token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
      secret,
    });
    cookies[reader as Reader] = `next-auth.session-token=${token}`;
  }
  return cookies;
}

/** Tables whose rows a refused request may change: none but the sign-in limits' counters. */
const UNCHECKED_TABLES = new Set(["_prisma_migrations", "SignInLimit"]);

/** One digest per table of every row, so any write anywhere shows. */
export async function tableChecksums(db: pg.Client): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const names = tables.map((t) => t.name).filter((name) => !UNCHECKED_TABLES.has(name));
  const sql = names
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const { rows } = await db.query<{ name: string; digest: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose digests differ. */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

export type ServerAction = {
  id: string;
  /** "app/me/actions.ts#updateProfileAction" */
  key: string;
  /** The route patterns of the pages that carry it, as "/bids/[bidId]/check". */
  pages: string[];
};

function routeOf(entry: string): string {
  return (
    "/" +
    entry
      .replace(/^app\//, "")
      .replace(/\/?(page|route)$/, "")
      .replace(/^\/$/, "")
  ).replace(/\/$/, "");
}

/** Every server action in the build's server-reference manifest. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as {
    node: Record<
      string,
      { filename: string; exportedName: string; workers: Record<string, unknown> }
    >;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      key: `${entry.filename}#${entry.exportedName}`,
      pages: Object.keys(entry.workers).map(routeOf),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Every page and route handler under app/, from the build's manifest, as "/bids/[bidId]". */
export function appRoutes(): string[] {
  const manifest = JSON.parse(
    readFileSync(".next/server/app-paths-manifest.json", "utf8"),
  ) as Record<string, string>;
  return Object.keys(manifest)
    .map((entry) => (entry === "/page" ? "/" : entry.replace(/\/(page|route)$/, "")))
    .filter((route) => !["/_global-error", "/_not-found"].includes(route))
    .sort();
}

export type Outcome =
  | "ok"
  | "not-found"
  | "sign-in"
  | "form-error"
  | "accepted"
  | `redirect ${string}`
  | `status ${number}`;

function classifyRedirect(location: string): Outcome {
  const target = new URL(location, BASE_URL);
  return target.pathname === "/sign-in" ? "sign-in" : `redirect ${target.pathname}`;
}

/** What a GET of `path` answers, without following redirects. */
export async function outcomeOfGet(
  request: APIRequestContext,
  { path: target, cookie }: { path: string; cookie: string },
): Promise<Outcome> {
  const response = await request.get(target, {
    headers: cookie ? { cookie } : {},
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const status = response.status();
  if (status >= 300 && status < 400) return classifyRedirect(response.headers().location ?? "");
  if (status === 200) return "ok";
  if (status === 404) return "not-found";
  return `status ${status}`;
}

export type FieldValue = string | Buffer;
export type Fields = Array<[string, FieldValue]>;

/**
 * Posts a server action as React's client does (the Next-Action header, its reply encoding) and
 * reads what it answered: a refusal by redirect or 404, a form state with messages, or anything
 * else (accepted).
 */
export async function postAction(
  request: APIRequestContext,
  {
    action,
    page,
    fields,
    cookie,
    arity,
  }: {
    action: ServerAction;
    page: string;
    fields: Fields;
    cookie: string;
    /** "state" for useActionState's (previous, formData); "form" for (formData); "none". */
    arity: "state" | "form" | "none";
  },
): Promise<{ outcome: Outcome; status: number; body: string }> {
  const formData = new FormData();
  for (const [name, value] of fields)
    formData.append(name, typeof value === "string" ? value : value.toString("utf8"));
  const args = arity === "state" ? [{}, formData] : arity === "form" ? [formData] : [];
  const encoded = (await encodeReply(args)) as FormData | string;
  const response = await request.post(page, {
    headers: {
      "next-action": action.id,
      origin: BASE_URL,
      accept: "text/x-component",
      ...(cookie ? { cookie } : {}),
    },
    ...(typeof encoded === "string" ? { data: encoded } : { multipart: encoded }),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const status = response.status();
  const body = await response.text();
  const redirectTo = response.headers()["x-action-redirect"] ?? response.headers().location;
  let outcome: Outcome;
  if (redirectTo) outcome = classifyRedirect(redirectTo.split(";")[0]!);
  else if (status === 404 || /NEXT_HTTP_ERROR_FALLBACK;404/.test(body)) outcome = "not-found";
  else if (status >= 400) outcome = `status ${status}`;
  else if (/"(fieldErrors|formError)":/.test(body)) outcome = "form-error";
  else outcome = "accepted";
  return { outcome, status, body };
}

/** A multipart/form-data body built byte by byte, so a value can hold invalid UTF-8. */
export function multipartBody(fields: Fields): { body: Buffer; contentType: string } {
  const boundary = `----portal-boundary-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n`,
      ),
      typeof value === "string" ? Buffer.from(value, "utf8") : value,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts `fields` to `page` as a browser without JavaScript submits a form. */
export async function postForm(
  request: APIRequestContext,
  { page, fields, cookie }: { page: string; fields: Fields; cookie: string },
): Promise<{ status: number; location: string | undefined; body: string }> {
  const { body, contentType } = multipartBody(fields);
  const response = await request.post(page, {
    headers: {
      "content-type": contentType,
      origin: BASE_URL,
      ...(cookie ? { cookie } : {}),
    },
    data: body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return {
    status: response.status(),
    location: response.headers().location,
    body: await response.text(),
  };
}

export type FormControl = {
  name: string;
  /** "input:hidden", "input:text", "textarea", "select", "input:radio"… */
  kind: string;
  value: string;
  inputMode: string | null;
  maxLength: number | null;
};

export type PortalForm = {
  /** The server action the form posts to. */
  actionId: string;
  /** The fields a browser would submit, in order ($ACTION fields included). */
  fields: Fields;
  controls: FormControl[];
};

/**
 * The forms on a page as its server rendered them (read in a browser page with no network and no
 * scripts), with what a browser would submit for each, keyed by the server action each posts to.
 */
export async function formsOn(
  browser: Browser,
  request: APIRequestContext,
  { path: target, cookie }: { path: string; cookie: string },
): Promise<PortalForm[]> {
  const response = await request.get(target, {
    headers: cookie ? { cookie } : {},
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  if (response.status() !== 200)
    throw new Error(`GET ${target} answered ${response.status()}, not the page with its forms`);
  const html = await response.text();
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ""));
    return await page.$$eval("form", (forms) =>
      forms.flatMap((form) => {
        const controls: Array<{
          name: string;
          kind: string;
          value: string;
          inputMode: string | null;
          maxLength: number | null;
        }> = [];
        const fields: Array<[string, string]> = [];
        let actionId: string | null = null;
        let submitter = false;
        for (const element of Array.from(form.elements)) {
          const control = element as HTMLInputElement;
          const name = control.getAttribute("name");
          if (!name) continue;
          const tag = control.tagName.toLowerCase();
          const type = (control.getAttribute("type") ?? "").toLowerCase();
          if (name.startsWith("$ACTION_ID_")) actionId = name.slice("$ACTION_ID_".length);
          if (/^\$ACTION_\d+:0$/.test(name)) actionId = JSON.parse(control.value).id;
          if (tag === "button" || type === "submit") {
            // The first named submit button is the one pressed.
            if (!submitter) fields.push([name, control.value]);
            submitter = true;
            continue;
          }
          if ((type === "checkbox" || type === "radio") && !control.checked) {
            if (!controls.some((c) => c.name === name))
              controls.push({
                name,
                kind: `input:${type}`,
                value: "",
                inputMode: null,
                maxLength: null,
              });
            continue;
          }
          const value =
            tag === "select"
              ? ((element as HTMLSelectElement).value ?? "")
              : tag === "textarea"
                ? (element as HTMLTextAreaElement).value
                : control.value;
          fields.push([name, value]);
          if (!name.startsWith("$ACTION")) {
            const existing = controls.findIndex((c) => c.name === name);
            const entry = {
              name,
              kind: tag === "input" ? `input:${type || "text"}` : tag,
              value,
              inputMode: control.getAttribute("inputmode"),
              maxLength: control.maxLength > 0 ? control.maxLength : null,
            };
            if (existing >= 0) controls[existing] = entry;
            else controls.push(entry);
          }
        }
        return actionId ? [{ actionId, fields, controls }] : [];
      }),
    );
  } finally {
    await context.close();
  }
}

/** Fields with `name`'s value replaced where it first appears (or appended), once per value. */
export function withField(fields: Fields, name: string, value: FieldValue | FieldValue[]): Fields {
  const values = (Array.isArray(value) ? value : [value]).map(
    (v) => [name, v] as [string, FieldValue],
  );
  const at = fields.findIndex(([field]) => field === name);
  if (at < 0) return [...fields, ...values];
  const result: Fields = [];
  fields.forEach((field, index) => {
    if (index === at) result.push(...values);
    else if (field[0] !== name) result.push(field);
  });
  return result;
}
