/**
 * The assessor's core journey as plain forms: finish a draft review, check it, submit it and see
 * the other reviews; declare a conflict on another bid, which then leaves the list. Uses the demo
 * assessor's seeded work in the wave one round (a draft on Suffolk, Humber not started).
 */
import { DEMO_ACCOUNTS, expect, test } from "./fixtures";

const SUFFOLK = "Suffolk and North East Essex: starting a network with buddies";
const HUMBER = "Humber and North Yorkshire non-executive network";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an assessor finishes and submits a review, then declares a conflict", async ({
    page,
    signIn,
    checkA11y,
  }) => {
    await signIn({ email: DEMO_ACCOUNTS.assessor.email });
    await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
    await checkA11y();

    await page.getByRole("link", { name: SUFFOLK }).click();
    await expect(page.getByRole("heading", { level: 1, name: SUFFOLK })).toBeVisible();
    await checkA11y();
    const innovation = page.getByRole("group", { name: "Your score for innovation" });
    await expect(innovation.getByRole("radio", { name: /^3: / })).toBeChecked();
    await page.getByLabel("Why this score for innovation?").fill("Buddying is new for this area.");
    await page
      .getByRole("group", { name: "Your score for ambition" })
      .getByRole("radio", { name: /^4: / })
      .check();
    await page.getByLabel("Why this score for ambition?").fill("Both councils are committed.");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your draft is saved" })).toBeVisible();
    await checkA11y();

    // Continue with scale missing: the draft is kept and the summary says what is missing.
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert")).toContainText("Choose a score for scale");
    await checkA11y();
    await page
      .getByRole("group", { name: "Your score for scale" })
      .getByRole("radio", { name: /^3: / })
      .check();
    await page.getByLabel("Why this score for scale?").fill("Two counties, a modest challenge.");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Check your review before submitting it" }),
    ).toBeVisible();
    await checkA11y();
    await page.getByRole("button", { name: "Submit your review" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your review is submitted" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Other assessors' reviews" })).toBeVisible();
    await checkA11y();

    await page.goto("/assessments");
    await checkA11y();
    await page.getByRole("link", { name: HUMBER }).click();
    await expect(page.getByRole("heading", { level: 1, name: HUMBER })).toBeVisible();
    await checkA11y();
    await page.getByText("I have a conflict of interest with this bid").click();
    await page
      .getByLabel("What is the conflict?")
      .fill("I was a governor of Hull University Teaching Hospitals until 2024.");
    await page.getByRole("button", { name: "Declare a conflict of interest" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Your conflict of interest is recorded" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: HUMBER })).toHaveCount(0);
    await checkA11y();
  });
});
