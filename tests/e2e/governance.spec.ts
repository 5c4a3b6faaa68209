/**
 * Issue 13 end to end, with JavaScript on and off: a board admin finishes their footprint's draft
 * self-assessment (the demo leaves one topic to go), adds an action, checks and submits it,
 * publishes it, and a visitor finds it on the national dashboard filtered to its region. Every page
 * visited passes axe. Then, over plain HTTP as a visitor: no unpublished assessment in the
 * dashboard's HTML, its RSC payload or its CSV.
 */
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";
import { expect, test } from "./fixtures";

type Journey = {
  email: string;
  footprint: string;
  assessmentId: string;
  region: string;
  action: string;
  evidence: string;
  viaTaskList: boolean;
};

const SURREY: Journey = {
  email: "board.surrey@example.org",
  footprint: "Surrey Heartlands",
  assessmentId: "seed-governance-2026-27-qxu",
  region: "South East",
  action: "Ask internal audit to review the workstream leads' reporting, JavaScript on.",
  evidence: "The audit committee chairs met twice this year; the system risk register is in draft.",
  viaTaskList: true,
};

const WEST_YORKSHIRE: Journey = {
  email: "board.westyorkshire@example.org",
  footprint: "West Yorkshire",
  assessmentId: "seed-governance-2026-27-qwo",
  region: "North East and Yorkshire",
  action: "Convene the audit chairs of the five places each quarter, JavaScript off.",
  evidence:
    "The places' audit chairs have met once; a shared risk register is agreed in principle.",
  viaTaskList: false,
};

async function completeSubmitAndPublish(
  {
    page,
    checkA11y,
    signIn,
  }: {
    page: Page;
    checkA11y: () => Promise<void>;
    signIn: (a: { email: string }) => Promise<void>;
  },
  journey: Journey,
) {
  await signIn({ email: journey.email });
  await expect(page.getByRole("heading", { level: 1, name: "Your footprints" })).toBeVisible();
  await checkA11y();

  // The last topic, the one the demo draft leaves unanswered: with JavaScript, the way there from
  // the start page; without, straight to it (the same links, fewer pages to check).
  const path = `/governance/assessments/${journey.assessmentId}`;
  if (journey.viaTaskList) {
    await page.getByRole("link", { name: "Governance self-assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: journey.footprint })).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Carry on with the 2026/27 autumn assessment" }).click();
    await expect(page.getByText("You have completed 14 of 15 topics")).toBeVisible();
    await checkA11y();
    await page.getByRole("link", { name: "Question 7: Audit and assurance" }).click();
  } else {
    await page.goto(`${path}/topics/audit-and-assurance`);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Audit and assurance" })).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Add an action for audit and assurance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an action" })).toBeVisible();
  await checkA11y();
  await page.getByLabel("What will be done?").fill(journey.action);
  await page.getByLabel("Who owns it?").selectOption({ index: 1 });
  await page.getByLabel("Due by").fill("2027-03-31");
  await page.getByRole("radio", { name: "In progress" }).check();
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The action is saved" })).toBeVisible();
  await expect(page.getByRole("cell", { name: journey.action })).toBeVisible();
  await checkA11y();

  await page.getByRole("radio", { name: /^2: Developing/ }).check();
  await page.getByLabel("What is the evidence?").fill(journey.evidence);
  await page.getByRole("button", { name: "Save and check your answers" }).click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Check your answers before submitting the assessment",
    }),
  ).toBeVisible();
  await expect(page.getByText(journey.evidence)).toBeVisible();
  await expect(page.getByText(journey.action, { exact: false })).toBeVisible();
  await checkA11y();

  await page.getByRole("button", { name: "Submit the assessment" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The assessment is submitted" }),
  ).toBeVisible();
  await expect(page.getByText("Submitted, not published")).toBeVisible();
  await checkA11y();

  await page.getByRole("button", { name: "Publish the assessment" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The assessment is published" }),
  ).toBeVisible();
  await checkA11y();
}

async function visitorFindsIt(
  {
    browser,
    checkA11y,
    javaScriptEnabled,
  }: { browser: Browser; checkA11y: (p?: Page) => Promise<void>; javaScriptEnabled: boolean },
  journey: Journey,
) {
  const context = await browser.newContext({ javaScriptEnabled });
  const visitor = await context.newPage();
  try {
    await visitor.goto("/governance");
    await expect(
      visitor.getByRole("heading", { level: 1, name: "Governance across footprints" }),
    ).toBeVisible();
    await checkA11y(visitor);
    await visitor.getByLabel("Region", { exact: true }).selectOption({ label: journey.region });
    await visitor.getByRole("button", { name: "Apply" }).click();
    await expect(visitor).toHaveURL(/region=/);
    const grid = visitor.getByRole("region", {
      name: /Governance maturity by footprint, 2026\/27 autumn/,
    });
    await expect(
      grid.getByRole("rowheader", { name: new RegExp(journey.footprint) }),
    ).toBeVisible();
    // Only the chosen region's footprints are in the grid.
    await expect(grid.getByText(journey.region, { exact: true })).toBeVisible();
    await expect(grid.getByText("London", { exact: true })).toHaveCount(0);
    await checkA11y(visitor);
    await grid
      .getByRole("link", {
        name: new RegExp(`${journey.footprint}, Question 7: Audit and assurance: 2, Developing`),
      })
      .click();
    await expect(visitor.getByRole("heading", { level: 1, name: journey.footprint })).toBeVisible();
    await expect(visitor.getByText(journey.evidence)).toBeVisible();
    await expect(visitor.getByRole("cell", { name: journey.action }).first()).toBeVisible();
    await checkA11y(visitor);
  } finally {
    await context.close();
  }
}

test.describe("with JavaScript", () => {
  test("a board admin completes, checks, submits and publishes; a visitor finds it by region", async ({
    page,
    browser,
    checkA11y,
    signIn,
  }) => {
    await completeSubmitAndPublish({ page, checkA11y, signIn }, SURREY);
    await visitorFindsIt({ browser, checkA11y, javaScriptEnabled: true }, SURREY);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a board admin completes, checks, submits and publishes; a visitor finds it by region", async ({
    page,
    browser,
    checkA11y,
    signIn,
  }) => {
    test.slow(); // eleven pages, each checked by axe from a scripted copy
    await completeSubmitAndPublish({ page, checkA11y, signIn }, WEST_YORKSHIRE);
    await visitorFindsIt({ browser, checkA11y, javaScriptEnabled: false }, WEST_YORKSHIRE);
  });
});

test("a programme admin sees the periods, and reopens a submitted assessment with a reason", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: "admin@example.org" });
  await expect(
    page.getByRole("heading", { level: 1, name: "Programme administration" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Governance self-assessment periods" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Governance assessment periods" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Close 2026/27 autumn" })).toBeVisible();
  await checkA11y();

  // Lancashire and South Cumbria's published assessment: a reason is required, then it is a draft.
  await page.goto("/governance/assessments/seed-governance-2026-27-qe1");
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: "Reopen the assessment" }).click();
  await expect(
    page.getByRole("link", { name: "Enter why the assessment is being reopened" }),
  ).toBeVisible();
  await checkA11y();
  await page
    .getByLabel("Why is it being reopened?")
    .fill("The evidence for independent scrutiny names a committee that has been stood down.");
  await page.getByRole("button", { name: "Reopen the assessment" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The assessment is reopened" }),
  ).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByText(/committee that has been stood down/)).toBeVisible();
  await checkA11y();
});

test("a visitor receives no unpublished assessment in the HTML, the RSC payload or the CSV", async ({
  request,
}) => {
  // West Yorkshire submitted its 2025/26 assessment without publishing it (the demo's story).
  const period = "seed-governance-period-2025-26-autumn";
  const hidden = "seed-governance-2025-26-qwo";
  const responses = [
    await request.get(`/governance?period=${period}`),
    await rsc(request, `/governance?period=${period}&`),
    await request.get(`/governance/grid.csv?period=${period}`),
    await request.get("/footprints/seed-footprint-ics-qwo/governance"),
    await rsc(request, "/footprints/seed-footprint-ics-qwo/governance?"),
  ];
  expect(responses[1]!.headers()["content-type"]).toContain("text/x-component");
  for (const response of responses) {
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).not.toContain(hidden);
    expect(body).not.toMatch(/West Yorkshire, (Principle|Question)/);
  }
  // The dashboard and CSV list published footprints of that period, and not West Yorkshire.
  const csv = await responses[2]!.text();
  expect(csv).toContain("Lancashire and South Cumbria");
  expect(csv).not.toContain("West Yorkshire");
  expect((await request.get(`/governance/assessments/${hidden}`)).status()).toBe(404);
});

/** The RSC payload a client-side navigation to `path` (ending in ? or &) would fetch. */
async function rsc(request: APIRequestContext, path: string) {
  const bust = await computeCacheBustingSearchParam(undefined, undefined, undefined, undefined);
  return request.get(`${path}_rsc=${bust}`, { headers: { rsc: "1" }, maxRedirects: 0 });
}
