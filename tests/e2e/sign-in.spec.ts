import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, test } from "./fixtures";

for (const [role, account] of Object.entries(DEMO_ACCOUNTS)) {
  test(`the ${role} demo account signs in and lands on its start page`, async ({
    page,
    signIn,
    checkA11y,
  }) => {
    await signIn({ email: account.email });
    await expect(page).toHaveURL(new RegExp(`${account.startPath}$`));
    await expect(page.getByRole("heading", { level: 1, name: account.heading })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await checkA11y();
  });
}

test("the board admin of Surrey Heartlands sees its footprint and its 13 workstreams", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: DEMO_ACCOUNTS.boardAdmin.email });
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole("heading", { level: 2, name: "Surrey Heartlands" })).toBeVisible();
  await expect(page.getByText(/^13 workstreams, 0 board seats/)).toBeVisible();
  await checkA11y();
});

test("a wrong password gets a clear message in an error summary that takes focus", async ({
  page,
  signIn,
  checkA11y,
}) => {
  await signIn({ email: "assessor@example.org", password: "not-the-password" });
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  await expect(
    summary.getByRole("link", { name: /email address or password is not right/ }),
  ).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email address")).toHaveValue("assessor@example.org");
  await expect(page).toHaveURL(/\/sign-in$/);
  await checkA11y();
});

test("an empty form says what to enter", async ({ page, checkA11y }) => {
  await page.goto("/sign-in");
  await checkA11y();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter your email address",
  );
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter your password",
  );
  await checkA11y();
});

test("a member asking for an admin page gets 404, and a visitor is sent to sign in", async ({
  page,
  checkA11y,
}) => {
  const anonymous = await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin$/);
  expect(anonymous?.status()).toBe(200);
  await checkA11y();

  await page.getByLabel("Email address").fill(DEMO_ACCOUNTS.member.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The callback is honoured, and the member is refused as if the page did not exist.
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await checkA11y();
  for (const path of ["/admin", "/board", "/assessments"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await checkA11y();
  }
});

test("a disabled user's existing session is refused at once", async ({
  page,
  db,
  signIn,
  checkA11y,
}) => {
  const email = `disabled-${randomUUID().slice(0, 8)}@example.test`;
  const password = "a long enough password";
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now()) RETURNING "id"`,
    [`e2e-${randomUUID()}`, email, "Temporary Member", await hash(password, { algorithm: 2 })],
  );
  const userId = rows[0]!.id;
  await db.query(`INSERT INTO "RoleGrant" ("id", "userId", "role") VALUES ($1, $2, 'MEMBER')`, [
    `e2e-${randomUUID()}`,
    userId,
  ]);

  await signIn({ email, password });
  await expect(page).toHaveURL(/\/dashboard$/);
  await checkA11y();
  const session = await page.request.get("/api/auth/session");
  expect((await session.json()).userId).toBe(userId);

  await db.query(`UPDATE "User" SET "disabledAt" = now() WHERE "id" = $1`, [userId]);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?reason=refused/);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "your account can no longer sign in",
  );
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await checkA11y();
  // next-auth's own endpoint refuses the account exactly as pages do: no session, cookie cleared.
  const refused = await page.request.get("/api/auth/session");
  expect(refused.status()).toBe(200);
  expect(await refused.json()).toEqual({});
  expect(refused.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;/);
});

test("repeated wrong passwords are slowed, then refused for a while with a clear message", async ({
  page,
  db,
  checkA11y,
}) => {
  const email = `locked-${randomUUID().slice(0, 8)}@example.test`;
  const password = "the right password";
  await db.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [`e2e-${randomUUID()}`, email, "Locked Member", await hash(password, { algorithm: 2 })],
  );
  await page.goto("/sign-in");
  await checkA11y();
  for (let attempt = 1; attempt <= 5; attempt++) {
    // A client claiming a new address each time gains nothing: no proxy is trusted here.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${attempt}` });
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(`wrong ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form is reset when the answer arrives (the password is never sent back): wait for that
    // before typing the next attempt, or the reset would wipe it.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      attempt < 5
        ? "The email address or password is not right"
        : "Too many failed sign-in attempts",
    );
  }
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "try again in 15 minutes",
  );
  // Even the right password is refused while the lock lasts.
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Too many failed sign-in attempts",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  await checkA11y();
});

test("signing out ends the session", async ({ page, signIn, checkA11y }) => {
  await signIn({ email: DEMO_ACCOUNTS.assessor.email });
  await expect(page).toHaveURL(/\/assessments$/);
  await checkA11y();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out\?done=1$/);
  await expect(page.getByRole("heading", { name: "You have signed out" })).toBeVisible();
  await checkA11y();
  await page.goto("/assessments");
  await expect(page).toHaveURL(/\/sign-in/);
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member signs in, sees an error first, then their start page", async ({
    page,
    signIn,
    checkA11y,
  }) => {
    await signIn({ email: DEMO_ACCOUNTS.member.email, password: "wrong" });
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "The email address or password is not right",
    );
    await checkA11y();
    await page.getByLabel("Password").fill("demo-password-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Welcome, / })).toBeVisible();
    await checkA11y();
  });
});
