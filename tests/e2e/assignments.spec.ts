import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

// Both journeys change Surrey Heartlands' coverage, so they run one after the other.
test.describe.configure({ mode: "serial" });

async function openCoverage(page: Page, checkA11y: () => Promise<void>) {
  await page.getByRole("link", { name: "Open the coverage grid" }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Surrey Heartlands: workstream coverage" }),
  ).toBeVisible();
  await checkA11y();
}

async function endLeadAndRefill({
  page,
  checkA11y,
  workstream,
}: {
  page: Page;
  checkA11y: () => Promise<void>;
  workstream: string;
}) {
  const figure = page.locator("#coverage-figure");
  await expect(figure).toContainText("13 of 13 workstreams and board seats have a non-executive");
  const grid = page.getByRole("table", { name: "Workstreams and board seats (13)" });
  await expect(grid.locator("tbody tr")).toHaveCount(13);

  // End the current lead of the workstream.
  await grid.getByRole("link", { name: workstream, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: workstream })).toBeVisible();
  await checkA11y();
  const lead = page.getByRole("listitem").filter({ hasText: ", non-executive lead, since" });
  const leadName = (await lead.getByRole("strong").first().textContent())!;
  await lead.getByText(`End ${leadName}'s assignment`).click();
  await lead.getByLabel("Reason (optional)").fill("Stepped down from the trust board");
  await lead.getByRole("button", { name: "End assignment" }).click();

  // Back on the grid: the gap shows, and the figure drops.
  await expect(page.getByRole("status")).toContainText("The assignment has ended");
  await expect(figure).toContainText("12 of 13");
  const row = grid
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: workstream, exact: true }) });
  await expect(row.getByText("Gap")).toBeVisible();
  await checkA11y();

  // Fill it from the suggestions: the first person who is not at the lead cap.
  await row.getByRole("link", { name: workstream, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: workstream })).toBeVisible();
  await expect(page.getByText("No non-executive lead")).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: `Assign someone to ${workstream}` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Assign someone to ${workstream}` }),
  ).toBeVisible();
  await checkA11y();
  const suggestion = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .filter({ hasText: /Leads 0 workstreams/ })
    .first();
  const chosen = (await suggestion.getByRole("heading", { level: 3 }).textContent())!;
  await expect(suggestion.getByRole("radio", { name: "Non-executive lead" })).toBeChecked();
  await suggestion.getByRole("button", { name: `Assign ${chosen}` }).click();

  await expect(page.getByRole("status")).toContainText("The assignment has been made");
  await expect(page.getByText("Covered", { exact: true })).toBeVisible();
  await expect(page.locator("main")).toContainText(`${chosen}, non-executive lead`);
  // The ended assignment is kept in the history.
  await expect(page.getByRole("table", { name: /Past assignments/ })).toContainText(leadName);
  await expect(page.getByRole("table", { name: /Past assignments/ })).toContainText(
    "Stepped down from the trust board",
  );
  await checkA11y();

  await page.getByRole("link", { name: "Back to Surrey Heartlands coverage" }).click();
  await expect(figure).toContainText("13 of 13");
  await checkA11y();
}

test("a Surrey Heartlands board admin ends a lead, sees the gap, fills it from the suggestions", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.boardAdmin.email });
  await expect(page).toHaveURL(/\/board$/);
  await checkA11y();
  await openCoverage(page, checkA11y);
  await endLeadAndRefill({ page, checkA11y, workstream: "Cancer" });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same assignment journey works as plain forms", async ({ page, signIn, checkA11y }) => {
    // Every page is checked by axe in a second, scripted copy (see fixtures.ts): allow for it.
    test.slow();
    await signIn({ email: DEMO_ACCOUNTS.boardAdmin.email });
    await expect(page).toHaveURL(/\/board$/);
    await checkA11y();
    await openCoverage(page, checkA11y);
    await endLeadAndRefill({ page, checkA11y, workstream: "Maternity" });
  });
});

test("a board admin cannot open another footprint's coverage, and a programme admin sees all footprints", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.boardAdmin.email });
  await expect(page).toHaveURL(/\/board$/);
  await checkA11y();
  const surreyHref = (await page
    .getByRole("link", { name: "Open the coverage grid" })
    .first()
    .getAttribute("href"))!;

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out\?done=1$/);
  await checkA11y();
  await signIn({ email: "board.westyorkshire@example.org" });
  await expect(page).toHaveURL(/\/board$/);
  await checkA11y();
  const response = await page.goto(surreyHref);
  expect(response?.status()).toBe(404);
  await checkA11y();
  expect((await page.request.get(`${surreyHref}/coverage.csv`)).status()).toBe(404);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out\?done=1$/);
  await checkA11y();
  await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
  await expect(page).toHaveURL(/\/admin$/);
  await checkA11y();
  await page.getByRole("link", { name: /coverage across footprints/i }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Coverage across footprints" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Footprints with workstreams or board seats" });
  for (const name of ["Surrey Heartlands", "Lancashire and South Cumbria", "West Yorkshire"]) {
    await expect(table.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await checkA11y();
  const csv = await page.request.get("/admin/coverage.csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Surrey Heartlands,ICS,South East,13,0");
});

test("a member sees their assignments on their profile and start page", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.member.email });
  await expect(page).toHaveURL(/\/dashboard$/);
  await checkA11y();
  const assignments = () =>
    page
      .getByRole("heading", { level: 2, name: "Your workstreams and board seats" })
      .locator("xpath=following-sibling::*[1]");
  await expect(assignments()).toContainText("Communications and engagement");
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expect(assignments()).toContainText(
    "Communications and engagement, Surrey Heartlands: non-executive lead",
  );
  await checkA11y();
});
