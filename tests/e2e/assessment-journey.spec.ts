/**
 * Issue 5's journey: a programme admin assigns three assessors to each submitted bid, the three
 * score, the admin ranks, changes a weight and sees the order move, selects seven within the
 * budget, records the decisions and publishes; a signed-out visitor sees the seven pilot sites.
 * The round is made here, in SQL, from the seeded footprints, so the test owns its data.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, enterSecondFactorCode, expect, test } from "./fixtures";

const ASSESSORS = [
  { email: "assessor@example.org", name: "Daniel Okafor" },
  { email: "assessor2@example.org", name: "Grace Adeyemi" },
  { email: "assessor3@example.org", name: "Owen Pritchard" },
];

/** Innovation, ambition, scale. With 35/35/30, Bravo outranks Alpha; weight innovation up and Alpha overtakes. */
const BIDS = [
  { name: "Alpha", scores: [5, 2, 2], pounds: 50_000 },
  { name: "Bravo", scores: [2, 4, 4], pounds: 45_000 },
  { name: "Charlie", scores: [4, 4, 4], pounds: 48_000 },
  { name: "Delta", scores: [3, 3, 3], pounds: 42_000 },
  { name: "Echo", scores: [4, 3, 4], pounds: 50_000 },
  { name: "Foxtrot", scores: [3, 4, 3], pounds: 47_000 },
  { name: "Golf", scores: [2, 3, 3], pounds: 44_000 },
  // The best scorer, but with it no seven fit in £350,000: the exact selection leaves it out.
  { name: "Hotel", scores: [5, 5, 5], pounds: 80_000 },
];

const CRITERIA = ["Innovation", "Ambition", "Scale"] as const;

async function createRound(db: pg.Client) {
  const tag = randomUUID().slice(0, 8);
  const roundId = `e2e-round-${tag}`;
  const now = new Date();
  await db.query(
    `INSERT INTO "FundingRound" (id, slug, title, description, "opensAt", "closesAt", "budgetPence", "pilotPlaces", "assessorsPerBid", state, "updatedAt")
     VALUES ($1, $2, $3, 'Pilot sites round for the assessment journey.', '2026-06-01T08:00:00Z', '2026-09-30T11:00:00Z', 35000000, 7, 3, 'IN_ASSESSMENT', $4)`,
    [roundId, `e2e-pilots-${tag}`, `E2E pilot round ${tag}`, now],
  );
  for (const [position, name] of CRITERIA.entries())
    await db.query(
      `INSERT INTO "Criterion" (id, "roundId", name, weight, position) VALUES ($1, $2, $3, $4, $5)`,
      [`${roundId}-c${position}`, roundId, name, position === 2 ? 30 : 35, position],
    );
  const labels = ["Poor", "Weak", "Adequate", "Good", "Excellent"];
  for (const [index, label] of labels.entries())
    await db.query(
      `INSERT INTO "ScalePoint" (id, "roundId", value, label, descriptor) VALUES ($1, $2, $3, $4, $5)`,
      [`${roundId}-s${index + 1}`, roundId, index + 1, label, `${label} against the criterion`],
    );
  // Eight ICSs, none in Birmingham (the demo assessor has declared an interest there).
  const { rows: footprints } = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM "Footprint" WHERE kind = 'ICS' AND name NOT ILIKE '%birmingham%' ORDER BY name LIMIT 8`,
  );
  const { rows: leads } = await db.query<{ id: string }>(
    `SELECT id FROM "User" WHERE email = 'member@example.org'`,
  );
  const bids = [];
  for (const [index, spec] of BIDS.entries()) {
    const bidId = `${roundId}-b${index}`;
    const title = `${spec.name} ${tag}: a network for ${footprints[index]!.name}`;
    await db.query(
      `INSERT INTO "Bid" (id, "roundId", "footprintId", "leadUserId", title, state, "amountRequestedPence", "declarationAccepted", "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'SUBMITTED', $6, true, $7, $7)`,
      [bidId, roundId, footprints[index]!.id, leads[0]!.id, title, spec.pounds * 100, now],
    );
    for (const key of ["FUNCTION_AND_MODEL", "INNOVATION", "AMBITION", "SCALE"])
      await db.query(
        `INSERT INTO "BidSection" (id, "bidId", key, body, "updatedAt") VALUES ($1, $2, $3, $4, $5)`,
        [`${bidId}-${key}`, bidId, key, `${spec.name}'s answer on ${key.toLowerCase()}.`, now],
      );
    bids.push({ ...spec, id: bidId, title, footprint: footprints[index]!.name });
  }
  return { roundId, slug: `e2e-pilots-${tag}`, bids };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out\?done=1$/);
}

async function scoreBid(
  page: Page,
  bid: { title: string; scores: number[] },
  assessor: string,
  check: (() => Promise<void>) | null,
) {
  await page.goto("/assessments");
  await page.getByRole("link", { name: bid.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: bid.title })).toBeVisible();
  await check?.();
  for (const [index, criterion] of CRITERIA.entries()) {
    const group = page.getByRole("group", { name: `Your score for ${criterion.toLowerCase()}` });
    await group.getByRole("radio", { name: new RegExp(`^${bid.scores[index]}: `) }).check();
    await page
      .getByLabel(`Why this score for ${criterion.toLowerCase()}?`)
      .fill(`${assessor} on ${criterion}: score ${bid.scores[index]} for ${bid.title}.`);
  }
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Check your review before submitting it" }),
  ).toBeVisible();
  await check?.();
  await page.getByRole("button", { name: "Submit your review" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your review is submitted" }),
  ).toBeVisible();
  await check?.();
}

test("assess, rank, select seven and publish the pilot sites", async ({
  browser,
  page,
  signIn,
  checkA11y,
  db,
}) => {
  test.setTimeout(6 * 60_000);
  const { roundId, slug, bids } = await createRound(db);

  await test.step("the programme admin assigns three assessors to every bid", async () => {
    await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkA11y();
    await page.goto(`/admin/rounds/${roundId}/assessment`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Assessors and reviews" }),
    ).toBeVisible();
    await checkA11y();
    const panel = page.getByRole("group", { name: "Assessors to draw on" });
    for (const box of await panel.getByRole("checkbox").all()) await box.uncheck();
    for (const assessor of ASSESSORS)
      await panel.getByRole("checkbox", { name: new RegExp(`^${assessor.name}`) }).check();
    await page.getByRole("button", { name: "Assign assessors automatically" }).click();
    await expect(page.getByRole("status").filter({ hasText: "24 assignments made" })).toBeVisible();
    await checkA11y();
    const table = page.getByRole("table", { name: "Bids and their assessors" });
    for (const bid of bids) {
      const row = table.getByRole("row").filter({ hasText: bid.title });
      for (const assessor of ASSESSORS) await expect(row).toContainText(assessor.name);
    }
    await signOut(page);
    await checkA11y();
  });

  await test.step(`${ASSESSORS[0]!.name} scores the eight bids`, async () => {
    const assessor = ASSESSORS[0]!;
    await signIn({ email: assessor.email });
    await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
    await checkA11y();
    for (const bid of bids) await scoreBid(page, bid, assessor.name, checkA11y);
    await page.goto("/assessments");
    await expect(
      page.getByRole("table", { name: /^E2E pilot round .*: 8 of 8 submitted$/ }),
    ).toBeVisible();
    await checkA11y();
    await signOut(page);
    await checkA11y();
  });

  // The other two assessors see the same pages (checked with axe above), in their own browsers.
  for (const assessor of ASSESSORS.slice(1)) {
    await test.step(`${assessor.name} scores the eight bids`, async () => {
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
      const own = await context.newPage();
      try {
        await own.goto("/sign-in");
        await own.getByLabel("Email address").fill(assessor.email);
        await own.getByLabel("Password").fill(DEMO_PASSWORD);
        await own.getByRole("button", { name: "Sign in" }).click();
        await expect(own).toHaveURL(/\/sign-in\/code$/);
        await enterSecondFactorCode({ page: own, db, email: assessor.email });
        await expect(
          own.getByRole("heading", { level: 1, name: "Your assessments" }),
        ).toBeVisible();
        const first = bids[0]!;
        const daniel = `${ASSESSORS[0]!.name} on Innovation: score 5 for ${first.title}.`;
        // Independence: before submitting, Daniel's submitted review of this bid is nowhere on
        // the page; once this assessor submits, it is there.
        await own.getByRole("link", { name: first.title }).click();
        await expect(own.getByText("appear here once you submit your own")).toBeVisible();
        await expect(own.getByText(daniel)).toHaveCount(0);
        for (const bid of bids) {
          await scoreBid(own, bid, assessor.name, null);
          if (bid === first) await expect(own.getByText(daniel)).toBeVisible();
        }
        await own.goto("/assessments");
        await expect(
          own.getByRole("table", { name: /^E2E pilot round .*: 8 of 8 submitted$/ }),
        ).toBeVisible();
      } finally {
        await context.close();
      }
    });
  }

  await test.step("the admin ranks, changes a weight and sees the order move", async () => {
    await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkA11y();
    await page.goto(`/admin/rounds/${roundId}/ranking`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await checkA11y();
    const order = async () => {
      const table = page.getByRole("table", { name: /ranking/i }).first();
      const text = await table.innerText();
      return { alpha: text.indexOf(bids[0]!.title), bravo: text.indexOf(bids[1]!.title) };
    };
    const before = await order();
    expect(before.bravo).toBeGreaterThan(-1);
    expect(before.bravo).toBeLessThan(before.alpha);
    await page.getByLabel(/^Innovation/).fill("100");
    await expect(async () => {
      const after = await order();
      expect(after.alpha).toBeLessThan(after.bravo);
    }).toPass();
    await checkA11y();
  });

  await test.step("the admin selects seven within the budget, decides and publishes", async () => {
    await page.goto(`/admin/rounds/${roundId}/selection`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Selection and decisions" }),
    ).toBeVisible();
    await checkA11y();
    await expect(page.getByText("7 of 7 places")).toBeVisible();
    const proposal = page.getByRole("table", { name: "Proposed and left out" });
    await expect(proposal.getByRole("row").filter({ hasText: bids[7]!.title })).toContainText(
      "Budget",
    );
    await page.getByLabel("The panel's rationale").fill("Agreed by the assessment panel.");
    await page.getByRole("button", { name: "Record these decisions" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The decisions are recorded" }),
    ).toBeVisible();
    await checkA11y();
    await page.getByRole("button", { name: "Mark the decisions as made" }).click();
    await expect(page.getByRole("button", { name: "Publish the outcome" })).toBeVisible();
    await checkA11y();
    await page.getByRole("button", { name: "Publish the outcome" }).click();
    await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
    await checkA11y();
    await signOut(page);
    await checkA11y();
  });

  await test.step("a signed-out visitor sees the seven pilot sites", async () => {
    await page.goto(`/rounds/${slug}`);
    await expect(page.getByRole("heading", { name: "The 7 pilot sites" })).toBeVisible();
    const pilots = page.getByRole("table", { name: "Pilot sites" });
    await expect(pilots.getByRole("row")).toHaveCount(8);
    for (const bid of bids.slice(0, 7)) await expect(pilots).toContainText(bid.footprint);
    await expect(pilots).not.toContainText(bids[7]!.footprint);
    await checkA11y();
  });
});
