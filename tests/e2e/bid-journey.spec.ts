import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const SECTIONS = [
  "The network's function and model",
  "An existing network and how this goes further",
  "Innovation",
  "Ambition",
  "Scale of the local challenge",
  "Links to trusts across footprints",
  "Outcomes and how learning will be shared",
  "Timeline",
];

type Helpers = { page: Page; checkA11y: () => Promise<void> };

async function openBid({ page, checkA11y }: Helpers, title: RegExp) {
  await page.getByRole("link", { name: "Your bids", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your bids" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: "1. Your answers" })).toBeVisible();
  await checkA11y();
}

async function writeSection({ page, checkA11y }: Helpers, title: string, text: string) {
  await page.getByRole("link", { name: title, exact: true }).click();
  const answer = page.getByRole("textbox");
  await expect(answer).toBeVisible();
  await checkA11y();
  await answer.fill(text);
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved: ${title}` })).toBeVisible();
  await checkA11y();
}

async function writeWholeBid(helpers: Helpers, tag: string) {
  const { page, checkA11y } = helpers;
  for (const title of SECTIONS)
    await writeSection(helpers, title, `${tag}: our answer on ${title}.`);

  await page.getByRole("link", { name: "Partner organisations", exact: true }).click();
  await checkA11y();
  const boxes = page.getByRole("checkbox");
  await boxes.first().check();
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved: Partner organisations" }),
  ).toBeVisible();
  await checkA11y();

  await page.getByRole("link", { name: "Funding and budget", exact: true }).click();
  await checkA11y();
  // A negative amount is refused with a field error, and nothing is saved.
  await page.getByLabel("Amount requested, in pounds").fill("-5");
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(page.getByRole("link", { name: /must be £0 or more/ })).toBeVisible();
  await checkA11y();
  await page.getByLabel("Amount requested, in pounds").fill("50000");
  const lines = page.getByRole("group", { name: /Budget line/ });
  const count = await lines.count();
  for (let i = 0; i < count; i++) {
    await lines.nth(i).getByLabel("What it pays for").fill("");
    await lines.nth(i).getByLabel("Amount, in pounds").fill("");
  }
  await lines.nth(0).getByLabel("What it pays for").fill("Network coordinator");
  await lines.nth(0).getByLabel("Amount, in pounds").fill("35000");
  await lines.nth(1).getByLabel("What it pays for").fill("Events and <b>learning</b>");
  await lines.nth(1).getByLabel("Amount, in pounds").fill("15000");
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  // Markup is refused, and shown back as text.
  await expect(page.getByRole("link", { name: /plain text/ })).toBeVisible();
  await expect(lines.nth(1).getByLabel("What it pays for")).toHaveValue(
    "Events and <b>learning</b>",
  );
  await checkA11y();
  await lines.nth(1).getByLabel("What it pays for").fill("Events and learning");
  await page.getByRole("button", { name: "Save and return to the bid" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Saved: Funding and budget" }),
  ).toBeVisible();
  await checkA11y();
}

async function leaveAndComeBack(
  { page, checkA11y, signIn }: Helpers & { signIn: (a: { email: string }) => Promise<void> },
  email: string,
  title: RegExp,
  tag: string,
) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  await signIn({ email });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  await openBid({ page, checkA11y }, title);
  await page.getByRole("link", { name: "Timeline", exact: true }).click();
  await expect(page.getByRole("textbox")).toHaveValue(`${tag}: our answer on Timeline.`);
  await checkA11y();
  await page.getByRole("link", { name: "Back to the bid" }).click();
  await checkA11y();
}

async function checkAndSubmit({ page, checkA11y }: Helpers, tag: string) {
  await page.getByRole("link", { name: "Check your answers and submit" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Check your answers before submitting the bid" }),
  ).toBeVisible();
  await expect(page.getByText(`${tag}: our answer on Innovation.`)).toBeVisible();
  await expect(page.getByText("£50,000").first()).toBeVisible();
  await checkA11y();
  // Without the declaration, nothing is submitted.
  await page.getByRole("button", { name: "Confirm and submit" }).click();
  await expect(page.getByRole("link", { name: /Confirm that the information/ })).toBeVisible();
  await checkA11y();
  await page.getByRole("checkbox", { name: /I confirm that the information/ }).check();
  await page.getByRole("button", { name: "Confirm and submit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bid submitted" })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Go to the bid" }).click();
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  await checkA11y();
}

test("a member writes the bid section by section, leaves, comes back, checks and submits it", async ({
  page,
  signIn,
  checkA11y,
}) => {
  test.setTimeout(300_000);
  const helpers = { page, checkA11y };
  const title = /^Surrey Heartlands: from discussion group/;
  await signIn({ email: "member@example.org" });
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await checkA11y();
  await openBid(helpers, title);

  // With JavaScript the answer saves as the user types, without pressing anything.
  await page.getByRole("link", { name: "Scale of the local challenge", exact: true }).click();
  await checkA11y();
  await page.getByRole("textbox").fill("Typed and saved automatically.");
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox")).toHaveValue("Typed and saved automatically.");
  await checkA11y();
  await page.getByRole("link", { name: "Back to the bid" }).click();
  await checkA11y();

  await writeWholeBid(helpers, "JS");
  await leaveAndComeBack({ ...helpers, signIn }, "member@example.org", title, "JS");
  await checkAndSubmit(helpers, "JS");

  // Everyone on the bid is notified in the portal (and by email, here written to the server log).
  await page.getByRole("link", { name: "Notifications", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Bid submitted: Surrey Heartlands/ })).toBeVisible();
  await checkA11y();

  // The lead withdraws it before the deadline, which frees the footprint for a new bid.
  await page.getByRole("link", { name: /^Bid submitted: Surrey Heartlands/ }).click();
  await checkA11y();
  await page.getByRole("button", { name: "Withdraw the bid" }).click();
  await expect(page.getByText("The bid has been withdrawn")).toBeVisible();
  await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Your bids", exact: true }).click();
  await checkA11y();
  await page
    .getByLabel("Footprint", { exact: true })
    .selectOption({ label: "Surrey Heartlands (ICS)" });
  await page.getByLabel("Title of the bid").fill("Surrey Heartlands: a second try");
  await page.getByRole("button", { name: "Start the bid" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Surrey Heartlands: a second try" }),
  ).toBeVisible();
  await checkA11y();
  await page.getByRole("link", { name: "Co-authors", exact: true }).click();
  await checkA11y();
  await page.getByLabel("Their email address").fill("member.west-yorkshire@example.org");
  await page.getByRole("button", { name: "Add co-author" }).click();
  await expect(
    page.getByRole("link", { name: /current appointment in this bid's footprint/ }),
  ).toBeVisible();
  await checkA11y();
  await page.getByLabel("Their email address").fill("member.surrey-heartlands@example.org");
  await page.getByRole("button", { name: "Add co-author" }).click();
  await expect(page.getByText("Co-author added. They have been notified.")).toBeVisible();
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same journey works with plain form posts", async ({ page, signIn, checkA11y }) => {
    // Each axe check without JavaScript opens a second browser context, so this walk is slow.
    test.setTimeout(360_000);
    const helpers = { page, checkA11y };
    const email = "member.norfolk-and-waveney@example.org";
    const title = /^Norfolk and Waveney/;
    await signIn({ email });
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
    await checkA11y();
    await openBid(helpers, title);
    await writeWholeBid(helpers, "No JS");
    await leaveAndComeBack({ ...helpers, signIn }, email, title, "No JS");
    await checkAndSubmit(helpers, "No JS");
  });
});
