import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

test("a visitor reads the round: criteria, weights, the deadline in UK time and how to apply", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/");
  await checkA11y();
  await page.getByRole("link", { name: "Read about the round and how to apply" }).click();
  await expect(page).toHaveURL(/\/rounds\/pilot-sites-2026$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Non-executive community network pilot sites",
  );
  await expect(page.getByText("29 January 2027 at midday GMT")).toBeVisible();
  await expect(page.getByText(/\d+ days? (and \d+ hours? )?left/)).toBeVisible();
  const criteria = page.getByRole("table", { name: "Criteria and their weights" });
  await expect(criteria.getByRole("row", { name: /Innovation 35%/ })).toBeVisible();
  await expect(criteria.getByRole("row", { name: /Scale 30%/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How to apply" })).toBeVisible();
  await checkA11y();
});

test("a member of another footprint gets 404 for a bid", async ({ page, signIn, checkA11y }) => {
  await signIn({ email: "member.west-yorkshire@example.org" });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await checkA11y();
  const response = await page.goto("/bids/seed-bid-pilot-sites-2026-qxu/sections/innovation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await checkA11y();
});

test("two tabs saving the same section: the second sees both versions and chooses", async ({
  page,
  context,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: "member.sussex@example.org" });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await checkA11y();
  const bid = await page
    .getByRole("link", { name: "Sussex non-executive network" })
    .getAttribute("href");
  const url = `${bid}/sections/timeline`;
  const other = await context.newPage();
  await page.goto(url);
  await other.goto(url);
  await checkA11y();
  await checkA11y(other);
  await other.getByRole("textbox").fill("The other tab's timeline.");
  await other.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(other.getByText("Saved: Timeline")).toBeVisible();
  await checkA11y(other);

  // This tab still holds the old version: its save is refused and both versions are shown.
  await page.getByRole("textbox").fill("This tab's timeline.");
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(
    page.getByRole("heading", { name: "This section changed while you were editing" }),
  ).toBeVisible();
  await expect(page.getByText("The other tab's timeline.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your version" })).toHaveValue(
    "This tab's timeline.",
  );
  await checkA11y();
  await page.getByRole("button", { name: "Keep my version" }).click();
  await expect(page.getByText("Saved: Timeline")).toBeVisible();
  await checkA11y();
  await page.goto(url);
  await expect(page.getByRole("textbox")).toHaveValue("This tab's timeline.");
  await checkA11y();
});

test("a programme admin lists, filters and exports the bids, and opens the round's settings", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
  await expect(
    page.getByRole("heading", { level: 1, name: "Programme administration" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "All bids", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All bids" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("State").selectOption({ label: "Submitted" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/state=SUBMITTED/);
  const table = page.getByRole("table");
  await expect(table.getByRole("cell", { name: "Draft", exact: true })).toHaveCount(0);
  await checkA11y();
  const csv = await page.request.get("/admin/bids/export?state=SUBMITTED");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^Bid ID,Title,Round,Footprint/);
  expect(lines.length).toBeGreaterThanOrEqual(7);

  // Any bid opens read-only for an admin, with its printable view.
  await table.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "1. Your answers" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Printable version of the bid" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your answers" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await checkA11y();

  await page.getByRole("link", { name: "Rounds", exact: true }).click();
  await checkA11y();
  await page
    .getByRole("link", { name: "Non-executive community network pilot sites", exact: true })
    .click();
  await expect(page.getByLabel("Closes (UK time)")).toHaveValue("2027-01-29T12:00");
  await expect(page.getByLabel("Opens (UK time)")).toHaveValue("2026-10-01T09:00");
  await checkA11y();
});

test("a member cannot reach the bid export", async ({ page, signIn, checkA11y }) => {
  await signIn({ email: "member.west-yorkshire@example.org" });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await checkA11y();
  const csv = await page.request.get("/admin/bids/export");
  expect(csv.status()).toBe(404);
});

test("markup already in an answer is shown as text, never run", async ({
  page,
  signIn,
  checkA11y,
  db,
}) => {
  await db.query(
    `UPDATE "BidSection" SET body = $1 WHERE "bidId" = 'seed-bid-pilot-sites-2026-qnx' AND key = 'INNOVATION'`,
    ['<script>document.title="pwned"</script><b>bold?</b>'],
  );
  await signIn({ email: "member.sussex@example.org" });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await checkA11y();
  await page.goto("/bids/seed-bid-pilot-sites-2026-qnx/check");
  await expect(page.getByText('<script>document.title="pwned"</script><b>bold?</b>')).toBeVisible();
  await expect(page.locator("main b")).toHaveCount(0);
  await expect(page).not.toHaveTitle("pwned");
  await checkA11y();
});

test("a programme admin creates a draft round in UK time; it cannot open without a scale", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
  await expect(
    page.getByRole("heading", { level: 1, name: "Programme administration" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Rounds", exact: true }).click();
  await checkA11y();
  await page.getByRole("link", { name: "Create a round" }).click();
  await checkA11y();
  await page.getByLabel("Title").fill("Second wave pilot sites");
  await page.getByLabel("Web address name").fill("second-wave-e2e");
  await page.getByLabel("What the round funds").fill("More networks.");
  await page.getByLabel("Opens (UK time)").fill("2027-03-28T01:30");
  await page.getByLabel("Closes (UK time)").fill("2027-07-01T12:00");
  await page.getByLabel("Budget, in pounds").fill("100000");
  await page.getByRole("button", { name: "Create the round" }).click();
  await expect(page.getByRole("link", { name: /does not exist in the UK/ })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Opens (UK time)").fill("2027-03-28T09:00");
  await page.getByRole("button", { name: "Create the round" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Second wave pilot sites" }),
  ).toBeVisible();
  await expect(page.getByLabel("Closes (UK time)")).toHaveValue("2027-07-01T12:00");
  await expect(page.getByRole("group", { name: "Criterion 1" }).getByLabel("Name")).toHaveValue(
    "Innovation",
  );
  await checkA11y();
  await page.getByRole("button", { name: "Open the round for bids" }).click();
  await expect(
    page.getByText("Add a scoring scale of at least two points before opening"),
  ).toBeVisible();
  await checkA11y();
});
