/**
 * The permission matrix (issue 10): every route under app/ and every server action in the build,
 * as each role, on seeded records and on forged ids. Each answer must be the one in the tables
 * (routes.ts, actions.ts), and the refused requests must leave every table as it was. A route or
 * action the build has and the tables lack fails the suite, so a new one cannot slip in untested.
 */
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ACTIONS, actionSourceFor, forgeIds } from "./actions";
import { ROUTES } from "./routes";
import {
  appRoutes,
  changedTables,
  connectDb,
  formsOn,
  outcomeOfGet,
  postAction,
  ROLES,
  serverActions,
  sessionCookies,
  tableChecksums,
  type Fields,
  type Reader,
  type Role,
} from "./support";

test.describe.configure({ mode: "serial" });

/** Lines that differ, written where a failing run can be read in full. */
function report(name: string, observed: string[], expected: string[]) {
  const differ = observed.filter((line, index) => line !== expected[index]);
  if (differ.length || process.env.MATRIX_REPORT)
    writeFileSync(
      test.info().outputPath(`${name}-observed.txt`),
      observed
        .map(
          (line, index) =>
            `${line === expected[index] ? " " : "!"} ${line}   (expected ${expected[index]})`,
        )
        .join("\n"),
    );
}

test("every route and every server action has its expectations", () => {
  expect(appRoutes()).toEqual(Object.keys(ROUTES).sort());
  expect(serverActions().map((action) => action.key)).toEqual(Object.keys(ACTIONS).sort());
});

test("routes: each role on seeded records and on forged ids gets what the table says, and nothing is written", async ({
  request,
}) => {
  const db = await connectDb();
  try {
    const cookies = await sessionCookies(db);
    const before = await tableChecksums(db);
    const observed: string[] = [];
    const expected: string[] = [];
    let cases = 0;
    for (const [route, entry] of Object.entries(ROUTES)) {
      const variants: Array<[string, string, Partial<Record<Role, string>>]> = [
        ["seeded", entry.path ?? route, entry.real],
      ];
      if (entry.forged) {
        const forgedExpect = Object.fromEntries(
          ROLES.map((role) => [
            role,
            entry.forgedExpect?.[role] ??
              (entry.real[role] === "sign-in" ? "sign-in" : "not-found"),
          ]),
        );
        variants.push(["forged", entry.forged, forgedExpect]);
      }
      for (const [variant, path, expectation] of variants) {
        for (const role of ROLES) {
          const outcome = await outcomeOfGet(request, { path, cookie: cookies[role] });
          observed.push(`${route} ${variant} ${role}: ${outcome}`);
          expected.push(`${route} ${variant} ${role}: ${expectation[role]}`);
          cases++;
        }
      }
    }
    report("routes", observed, expected);
    expect(observed).toEqual(expected);
    expect(changedTables(before, await tableChecksums(db))).toEqual([]);
    test.info().annotations.push({ type: "cases", description: String(cases) });
    console.log(`permission matrix: ${cases} route cases`);
  } finally {
    await db.end();
  }
});

test("server actions: each role posting forged ids, and every role but those allowed posting seeded ones, is refused and nothing is written", async ({
  request,
  browser,
}) => {
  const db = await connectDb();
  try {
    const cookies = await sessionCookies(db);
    const actions = serverActions();
    // The portal's own forms, read once per page as someone who may use them.
    const formsByPage = new Map<string, Awaited<ReturnType<typeof formsOn>>>();
    const formFor = async (key: string): Promise<{ page: string; fields: Fields } | null> => {
      const source = actionSourceFor(key);
      const action = actions.find((a) => a.key === key)!;
      if (!source.form) return { page: source.page, fields: source.fields ?? [] };
      const cacheKey = `${source.form.as} ${source.page}`;
      if (!formsByPage.has(cacheKey))
        formsByPage.set(
          cacheKey,
          await formsOn(browser, request, {
            path: source.page,
            cookie: cookies[source.form.as as Reader],
          }),
        );
      const form = formsByPage.get(cacheKey)!.find((f) => f.actionId === action.id);
      if (!form) throw new Error(`${key}: no form for it on ${source.page}`);
      return { page: source.page, fields: form.fields };
    };

    const before = await tableChecksums(db);
    const observed: string[] = [];
    const expected: string[] = [];
    let cases = 0;
    for (const action of actions) {
      const source = actionSourceFor(action.key);
      const form = await formFor(action.key);
      if (!form) continue;
      const variants: Array<[string, Fields, readonly Role[]]> = [
        ["forged", forgeIds(form.fields), ROLES],
        ["seeded", form.fields, ROLES.filter((role) => !source.allowed.includes(role))],
      ];
      for (const [variant, fields, roles] of variants) {
        for (const role of roles) {
          const { outcome } = await postAction(request, {
            action,
            page: form.page,
            fields,
            cookie: cookies[role],
            arity: source.arity ?? "state",
          });
          observed.push(`${action.key} ${variant} ${role}: ${outcome}`);
          expected.push(
            `${action.key} ${variant} ${role}: ${source.expect?.[role] ?? (role === "signedOut" ? (source.signedOut ?? "sign-in") : "refused")}`,
          );
          cases++;
        }
      }
    }
    // "refused" stands for any refusal: a 404, or the form's own message.
    const normalised = observed.map((line) =>
      line.replace(/: (not-found|form-error)$/, ": refused"),
    );
    report("actions", normalised, expected);
    expect(normalised).toEqual(expected);
    expect(changedTables(before, await tableChecksums(db))).toEqual([]);
    console.log(`permission matrix: ${cases} server-action cases`);
  } finally {
    await db.end();
  }
});
