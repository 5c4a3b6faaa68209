/**
 * The seeded wave one round as a programme admin finds it: conflicts with their reasons, the
 * ranking with its moderation flag and pictures, and the selection within the budget. Read-only,
 * so it can run beside the tests that score in the same round.
 */
import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

const BIRMINGHAM = "Birmingham and Solihull: challenge pairs across the NHS and local government";
const NORTH_WEST_LONDON = "North West London: an AI-assisted digest for non-executives";

test("a programme admin reads the wave one round: conflicts, ranking and selection", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  await page.goto("/admin/rounds");
  await checkA11y();
  await page
    .getByRole("link", { name: "Non-executive community network pilot sites: wave one" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Assessment" })).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Assessors and reviews" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Assessors and reviews" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: BIRMINGHAM }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: BIRMINGHAM })).toBeVisible();
  const conflicts = page.getByRole("table", {
    name: "Assessors with a conflict of interest with this bid",
  });
  await expect(conflicts.getByRole("row").filter({ hasText: "Daniel Okafor" })).toContainText(
    "University Hospitals Birmingham",
  );
  await checkA11y();

  await page.goto(page.url().replace(/\/assessment\/.*$/, "/ranking"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ranking = page.getByRole("table", { name: /^Ranking/ });
  await expect(ranking.getByRole("row").filter({ hasText: NORTH_WEST_LONDON })).toContainText(
    /moderat/i,
  );
  await expect(page.getByRole("img").first()).toBeVisible();
  await checkA11y();

  await page.goto(page.url().replace(/\/ranking.*$/, "/selection"));
  await expect(
    page.getByRole("heading", { level: 1, name: "Selection and decisions" }),
  ).toBeVisible();
  await expect(page.getByText(/of 7 places, £\d{3},\d{3} of £350,000/)).toBeVisible();
  await checkA11y();
  await page.getByLabel("At most this many pilots per region (optional)").fill("2");
  await page.getByRole("button", { name: "Work out the selection" }).click();
  await expect(page).toHaveURL(/cap=2/);
  await expect(page.getByText(/Region cap|of 7 places/).first()).toBeVisible();
  await checkA11y();
});
