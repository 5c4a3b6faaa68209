import { expect, test } from "./fixtures";

test("the home page explains the networks and the pilot round", async ({ page, checkA11y }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Non-executive community networks" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "What the networks are for" })).toBeVisible();
  const criteria = page.getByRole("table", { name: "How bids are scored" });
  for (const name of ["Innovation", "Ambition", "Scale"]) {
    await expect(criteria.getByRole("cell", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/7 pilot places/)).toBeVisible();
  await checkA11y();
});

test("the 42 integrated care systems appear, listed and as a tile grid by region", async ({
  page,
  checkA11y,
}) => {
  await page.goto("/footprints");
  await expect(page.getByText(/^42 integrated care systems\.$/)).toBeVisible();
  // The list is paged, 25 to a page; the tile grid shows every ICS, grouped by the 7 regions.
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(25);
  const grid = page.getByRole("region", { name: "Networks across England" });
  await expect(grid.getByRole("heading", { level: 3 })).toHaveCount(7);
  await expect(grid.getByRole("listitem").getByRole("link")).toHaveCount(42);
  await expect(
    grid.getByRole("link", { name: /^Surrey Heartlands\s*: Network established$/ }),
  ).toBeVisible();
  await expect(grid.getByRole("list", { name: "Key" })).toContainText("Pilot site");
  await checkA11y();

  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(17);
  await expect(page.getByRole("cell", { name: "West Yorkshire" })).toBeVisible();
  await checkA11y();

  await page.getByLabel("Show").selectOption("STP");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=STP/);
  await expect(page.getByText(/^44 STPs\.$/)).toBeVisible();
  await checkA11y();
});

test("an unknown page answers 404 with the NHS not-found page", async ({ page, checkA11y }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await checkA11y();
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the home page, footprints filter and skip link work", async ({ page, checkA11y }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toHaveAttribute(
      "href",
      "#maincontent",
    );
    await checkA11y();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Footprints" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Footprints" })).toBeVisible();
    await checkA11y();
    await page.getByLabel("Show").selectOption("ICP");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/kind=ICP/);
    await expect(page.getByText(/^\d+ integrated care partnerships\.$/)).toBeVisible();
    await checkA11y();
  });
});
