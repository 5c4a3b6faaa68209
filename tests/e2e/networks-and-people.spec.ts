import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out/);
  // After a client-side navigation the document title follows the page: wait for it before axe.
  await expect(page).toHaveTitle(/\S/);
}

test("filter by the South East, open Surrey Heartlands, see its 13 workstreams and their leads", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Footprints" })
    .click();
  await checkA11y();
  await page.getByLabel("Region").selectOption({ label: "South East" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/region=/);
  await expect(page.getByText(/integrated care systems in South East\./)).toBeVisible();
  await checkA11y();
  await page.getByRole("table").getByRole("link", { name: "Surrey Heartlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Surrey Heartlands" })).toBeVisible();
  const workstreams = page.getByRole("table", { name: /^Workstreams \(13\)/ });
  await expect(workstreams.locator("tbody tr")).toHaveCount(13);
  // Every workstream has its non-executive lead, named and linked to their profile.
  await expect(workstreams.locator("tbody tr").getByRole("link")).toHaveCount(13);
  await expect(page.getByRole("heading", { name: "Register of interests" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Organisations in Surrey Heartlands/ }),
  ).toBeVisible();
  await checkA11y();
});

test("signed out, a footprint shows no names and the directory asks to sign in", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/footprints?region=&q=Surrey");
  await checkA11y();
  await page.getByRole("table").getByRole("link", { name: "Surrey Heartlands" }).click();
  const workstreams = page.getByRole("table", { name: /^Workstreams \(13\)/ });
  await expect(workstreams.locator("tbody tr")).toHaveCount(13);
  await expect(workstreams.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Non-executives" })).toHaveCount(0);
  await checkA11y();
  await page.goto("/people");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpeople/);
  await checkA11y();
});

test("a member edits their profile and adds a declaration", async ({ page, signIn, checkA11y }) => {
  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Your profile" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await checkA11y();

  const bio = `Lay member in Surrey. Edited by the e2e suite at ${Date.now()}.`;
  await page.getByLabel("Biography").fill(bio);
  await page
    .getByRole("group", { name: "Who can see your phone number" })
    .getByLabel("Only me (and programme admins)")
    .check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile has been saved.")).toBeVisible();
  await expect(page.getByLabel("Biography")).toHaveValue(bio);
  await checkA11y();

  await page.getByRole("link", { name: "Add an interest" }).click();
  await checkA11y();
  // Nothing filled in: the error summary lists the problems.
  await page.getByRole("button", { name: "Add interest" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Describe the interest",
  );
  await checkA11y();
  await page.getByLabel("Financial", { exact: true }).check();
  await page.getByLabel("Name of the other party").fill("Godalming Wellbeing CIC");
  await page.getByLabel("Description").fill("Director (unpaid) of Godalming Wellbeing CIC");
  await page.getByLabel("From").fill("2025-04-01");
  await page.getByRole("button", { name: "Add interest" }).click();
  await expect(page.getByText("Interest added to your register.")).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Your declared interests" })
      .getByRole("row")
      .filter({ hasText: "Director (unpaid) of Godalming Wellbeing CIC" }),
  ).toHaveCount(1);
  await checkA11y();
});

test("a member asks to join a network and its board admin approves", async ({
  page,
  signIn,
  checkA11y,
}) => {
  const name = `Surrey carers' voice network ${Date.now()}`;
  await signIn(DEMO_ACCOUNTS.boardAdmin);
  await expect(page).toHaveURL(/\/board/);
  await expect(page).toHaveTitle(/^Your footprints/);
  await checkA11y();
  await page.goto("/networks");
  await checkA11y();
  await page.getByRole("link", { name: "Create a network" }).click();
  await checkA11y();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Purpose").fill("Brings together non-executives interested in carers.");
  await page.getByLabel("How to get involved").fill("Ask to join here.");
  await page.getByRole("button", { name: "Create network" }).click();
  await expect(page.getByText("Network created.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const networkUrl = new URL(page.url()).pathname;
  await checkA11y();
  await signOut(page);
  await checkA11y();

  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  await page.goto(networkUrl);
  await checkA11y();
  await page.getByLabel("Message to the board admin (optional)").fill("I would like to help.");
  await page.getByRole("button", { name: "Ask to join" }).click();
  await expect(page.getByText("You have asked to join.")).toBeVisible();
  await checkA11y();
  await signOut(page);
  await checkA11y();

  await signIn(DEMO_ACCOUNTS.boardAdmin);
  await expect(page).toHaveURL(/\/board/);
  await expect(page).toHaveTitle(/^Your footprints/);
  await checkA11y();
  await page.goto("/networks");
  await expect(
    page.getByRole("heading", { name: "Requests to join waiting for you" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name }).first().click();
  await expect(page).toHaveURL(new RegExp(`${networkUrl}$`));
  await expect(page.getByRole("heading", { name: "Requests to join", exact: true })).toBeVisible();
  await expect(page.getByText("I would like to help.")).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Approve Helen Ashworth" }).click();
  await expect(page.getByText("Request approved: they are now a member.")).toBeVisible();
  await expect(
    page.getByRole("table", { name: /^Members/ }).getByRole("link", { name: "Helen Ashworth" }),
  ).toBeVisible();
  await checkA11y();
});

test("private profile fields never reach the browser", async ({ page, signIn, checkA11y, db }) => {
  const { rows } = await db.query<{ id: string; email: string; phone: string | null }>(
    `SELECT p."id", p."email", p."phone" FROM "Person" p
      WHERE p."emailVisibility" = 'PRIVATE' AND p."email" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Appointment" a WHERE a."personId" = p."id" AND a."endsOn" IS NULL)
        AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."personId" = p."id")
      ORDER BY p."id" LIMIT 1`,
  );
  const hidden = rows[0]!;
  const bodies: string[] = [];
  page.on("response", async (response) => {
    try {
      bodies.push(await response.text());
    } catch {
      // Redirects and aborted responses have no body.
    }
  });
  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  await page.goto(`/people/${hidden.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  await page.goto("/people");
  await expect(page.getByText(/people found/)).toBeVisible();
  await checkA11y();
  await page.waitForLoadState("networkidle");
  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) expect(body).not.toContain(hidden.email);
  expect(await page.content()).not.toContain(hidden.email);
});

test("the header search finds footprints, networks and people, ranked", async ({
  page,
  signIn,
  checkA11y,
  request,
}) => {
  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  await page.getByLabel("Search footprints, networks, organisations and people").fill("Surrey");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=Surrey/);
  const footprints = page.getByRole("region", { name: /^Footprints/ });
  await expect(footprints.getByRole("link", { name: "Surrey Heartlands" }).first()).toBeVisible();
  await expect(
    page.getByRole("region", { name: /^Networks/ }).getByRole("link", {
      name: "Surrey Heartlands lay member and NED discussion group",
    }),
  ).toBeVisible();
  await checkA11y();
  await page
    .getByLabel("Search footprints, networks, organisations and people")
    .first()
    .fill("Ashworth");
  await page.getByRole("button", { name: "Search", exact: true }).first().click();
  await expect(
    page.getByRole("region", { name: /^People/ }).getByRole("link", { name: "Helen Ashworth" }),
  ).toBeVisible();
  await checkA11y();

  // The published register of a footprint is a CSV anyone can download.
  const href = await page.getByRole("link", { name: "Helen Ashworth" }).getAttribute("href");
  expect(href).toMatch(/^\/people\//);
  const surrey = await request.get("/search?q=Surrey%20Heartlands");
  expect(surrey.ok()).toBe(true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("browsing footprints, networks and people", async ({ page, signIn, checkA11y }) => {
    test.setTimeout(120_000);
    await signIn({ email: "board.surrey@example.org" });
    await expect(page).toHaveURL(/\/board/);
    await expect(page).toHaveTitle(/^Your footprints/);
    await checkA11y();
    await page.goto("/footprints");
    await checkA11y();
    await page.getByLabel("Region").selectOption({ label: "South East" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText(/integrated care systems in South East\./)).toBeVisible();
    await checkA11y();
    await page.getByRole("table").getByRole("link", { name: "Surrey Heartlands" }).click();
    await expect(page.getByRole("table", { name: /^Workstreams \(13\)/ })).toBeVisible();
    await checkA11y();
    await page
      .getByRole("link", { name: "Surrey Heartlands lay member and NED discussion group" })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: "Purpose" })).toBeVisible();
    await checkA11y();
    await page.goto("/people?q=Ashworth");
    await expect(page.getByRole("link", { name: "Helen Ashworth" })).toBeVisible();
    await checkA11y();
  });

  test("editing a profile and the register of interests", async ({ page, signIn, checkA11y }) => {
    test.setTimeout(120_000);
    await signIn({ email: "board.surrey@example.org" });
    await expect(page).toHaveURL(/\/board/);
    await expect(page).toHaveTitle(/^Your footprints/);
    await checkA11y();
    await page.goto("/me");
    await checkA11y();
    await page.getByLabel("First name").fill("");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByRole("link", { name: "Enter your first name" })).toBeVisible();
    await checkA11y();
    const given = `Board${Date.now() % 100000}`;
    await page.getByLabel("First name").fill(given);
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Your profile has been saved.")).toBeVisible();
    await expect(page.getByLabel("First name")).toHaveValue(given);
    await checkA11y();

    await page.getByRole("link", { name: "Add an interest" }).click();
    await checkA11y();
    await page.getByLabel("Indirect").check();
    await page.getByLabel("Name of the other party").fill("Surrey Care Homes Ltd");
    await page.getByLabel("Description").fill("Spouse is a director of Surrey Care Homes Ltd");
    await page.getByLabel("From").fill("2024-09-01");
    await page.getByRole("button", { name: "Add interest" }).click();
    await expect(page.getByText("Interest added to your register.")).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: /Change Spouse is a director/ }).click();
    await checkA11y();
    await page.getByLabel("Date the interest ended").fill("2026-01-31");
    await page.getByRole("button", { name: "End this interest" }).click();
    await expect(page.getByText("Interest ended.")).toBeVisible();
    await expect(page.getByRole("cell", { name: /to 31 January 2026/ })).toBeVisible();
    await checkA11y();
  });
});

test("CSV exports: a footprint's published register for anyone, the directory for programme admins", async ({
  page,
  request,
  signIn,
  checkA11y,
  db,
}) => {
  const { rows } = await db.query<{ id: string }>(
    `SELECT "id" FROM "Footprint" WHERE "kind" = 'ICS' AND "name" = 'Surrey Heartlands'`,
  );
  const register = await request.get(`/footprints/${rows[0]!.id}/register.csv`);
  expect(register.status()).toBe(200);
  expect(register.headers()["content-type"]).toContain("text/csv");
  const registerCsv = await register.text();
  expect(registerCsv.split("\r\n")[0]).toBe("name,type,organisation_or_party,description,from,to");
  expect(registerCsv).toContain("Trustee of Surrey Voluntary Sector Alliance");

  expect((await request.get("/people/export.csv")).status()).toBe(404);
  await signIn(DEMO_ACCOUNTS.member);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page).toHaveTitle(/^Your start page/);
  await checkA11y();
  expect((await page.request.get("/people/export.csv")).status()).toBe(404);
  await signOut(page);
  await checkA11y();

  await signIn(DEMO_ACCOUNTS.programmeAdmin);
  await expect(page).toHaveURL(/\/admin/);
  await expect(page).toHaveTitle(/^Programme administration/);
  await checkA11y();
  const directory = await page.request.get("/people/export.csv");
  expect(directory.status()).toBe(200);
  const csv = await directory.text();
  expect(csv.split("\r\n")[0]).toContain("given_name,family_name,email");
  expect(csv).toContain("Ashworth");
});
