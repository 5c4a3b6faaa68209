/**
 * Issue 11's journey, with JavaScript on and off: a programme admin invites a new address as
 * board admin of one footprint; the invitee follows the link from /admin/emails, chooses a
 * password, sets up an authenticator app, signs out and in again with password and code; then
 * resets the password from "Forgotten your password?", and an older session is refused.
 */
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import type pg from "pg";
import { totpCodeAt, totpStep } from "../../lib/auth/totp";
import { DEMO_ACCOUNTS, enterSecondFactorCode, expect, test } from "./fixtures";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-out\?done=1$/);
}

/** Signs in on a page of another browser context (no axe: the main page checks these pages). */
async function signInElsewhere({
  browser,
  db,
  email,
  password,
  totpSecret,
}: {
  browser: Browser;
  db: pg.Client;
  email: string;
  password: string;
  totpSecret: string;
}) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await context.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email address").fill(email);
  await other.getByLabel("Password").fill(password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/sign-in\/code$/);
  await enterSecondFactorCode({ page: other, db, email, secret: totpSecret });
  await expect(other).toHaveURL(/\/board$/);
  return { context, other };
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("invited board admin: password, authenticator app, sign in again, reset, older session refused", async ({
      page,
      browser,
      db,
      signIn,
      checkA11y,
    }) => {
      test.setTimeout(4 * 60_000);
      const email = `board-${randomUUID().slice(0, 8)}@example.test`;
      const name = "Morwenna Trevithick";
      const {
        rows: [footprint],
      } = await db.query<{ name: string }>(
        `SELECT "name" FROM "Footprint" WHERE "kind" = 'ICS' ORDER BY "name" LIMIT 1`,
      );

      await test.step("the programme admin invites the address as board admin of one footprint", async () => {
        await signIn({ email: DEMO_ACCOUNTS.programmeAdmin.email });
        await expect(page).toHaveURL(/\/admin$/);
        await checkA11y();
        await page.getByRole("link", { name: /^Invitations/ }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
        await checkA11y();
        await page.getByRole("link", { name: "Invite someone" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Invite someone" })).toBeVisible();
        await checkA11y();
        await page.getByLabel("Email address").fill(email);
        await page.getByLabel("Name", { exact: true }).fill(name);
        await page
          .getByRole("group", { name: "Roles" })
          .getByLabel(/^Member/)
          .uncheck();
        await page
          .getByRole("group", { name: "Board admin of" })
          .getByLabel(footprint!.name, { exact: true })
          .check();
        await page.getByRole("button", { name: "Send the invitation" }).click();
        await expect(page.getByRole("status")).toContainText("Invitation sent.");
        const row = page.getByRole("row").filter({ hasText: email });
        await expect(row).toContainText(`board admin of ${footprint!.name}`);
        await checkA11y();
      });

      let link = "";
      await test.step("the invitation is read at /admin/emails", async () => {
        await page.goto("/admin/emails");
        await expect(page.getByRole("heading", { level: 1, name: "Emails" })).toBeVisible();
        await checkA11y();
        await page
          .getByRole("row")
          .filter({ hasText: email })
          .getByRole("link", { name: "You are invited to Non-executive networks" })
          .click();
        await expect(page.getByText(`Dear ${name},`)).toBeVisible();
        await checkA11y();
        link = (await page.getByRole("link", { name: /\/join\// }).getAttribute("href"))!;
        expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
        await signOut(page);
        await checkA11y();
      });

      const password = "granite lantern orchard 42";
      let secret = "";
      await test.step("the invitee chooses a password and sets up an authenticator app", async () => {
        await page.goto(link);
        await expect(
          page.getByRole("heading", { level: 1, name: "Accept your invitation" }),
        ).toBeVisible();
        await checkA11y();
        // A guessable password is refused, with the reason on the field.
        await page.getByLabel("Choose a password").fill("password1234");
        await page.getByLabel("I have read and accept the privacy notice").check();
        await page.getByRole("button", { name: "Open my account" }).click();
        await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
          "harder to guess",
        );
        await checkA11y();
        await page.getByLabel("Choose a password").fill(password);
        await page.getByLabel("I have read and accept the privacy notice").check();
        await page.getByRole("button", { name: "Open my account" }).click();

        // Staff: the app before anything else.
        await expect(page).toHaveURL(/\/sign-in\/set-up$/);
        await expect(
          page.getByRole("heading", { level: 1, name: "Set up your authenticator app" }),
        ).toBeVisible();
        await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
        await checkA11y();
        secret = (await page
          .locator("p", { hasText: "Key:" })
          .locator("code")
          .textContent())!.replace(/\s+/g, "");
        expect(secret).toMatch(/^[A-Z2-7]{32}$/);
        await page
          .getByLabel("Code from the app")
          .fill(totpCodeAt({ secret, step: totpStep(new Date()) }));
        await page.getByRole("button", { name: "Continue" }).click();
        await expect(page).toHaveURL(/\/me\/security\/recovery-codes$/);
        await expect(
          page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem"),
        ).toHaveCount(10);
        await checkA11y();
        await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
        await expect(page).toHaveURL(/\/board$/);
        await expect(
          page.getByRole("heading", { level: 1, name: "Your footprints" }),
        ).toBeVisible();
        await expect(page.getByRole("heading", { level: 2, name: footprint!.name })).toBeVisible();
        await checkA11y();
      });

      await test.step("signs out, and in again with password and code", async () => {
        await signOut(page);
        await checkA11y();
        await signIn({ email, password, totpSecret: secret });
        await expect(page).toHaveURL(/\/board$/);
        await checkA11y();
        await page.goto("/me/security");
        await expect(page.getByText(/^Set up on /)).toBeVisible();
        await expect(page.getByText("10 of 10")).toBeVisible();
        await checkA11y();
      });

      // Another browser, signed in before the reset: its session must end with it.
      const older = await signInElsewhere({ browser, db, email, password, totpSecret: secret });
      try {
        await test.step("resets the password from Forgotten your password?", async () => {
          await signOut(page);
          await page.goto("/sign-in");
          await checkA11y();
          await page.getByRole("link", { name: "Forgotten your password?" }).click();
          await expect(
            page.getByRole("heading", { level: 1, name: "Forgotten your password?" }),
          ).toBeVisible();
          await checkA11y();
          await page.getByLabel("Email address").fill(email);
          await page.getByRole("button", { name: "Send me a link" }).click();
          await expect(
            page.getByRole("heading", { level: 1, name: "Check your email" }),
          ).toBeVisible();
          await checkA11y();

          let resetLink = "";
          await expect(async () => {
            const { rows } = await db.query<{ text: string }>(
              `SELECT "text" FROM "Email" WHERE "to" = $1 AND "kind" = 'password-reset' ORDER BY "createdAt" DESC LIMIT 1`,
              [email],
            );
            resetLink =
              /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(rows[0]?.text ?? "")?.[0] ??
              "";
            expect(resetLink).not.toBe("");
          }).toPass();
          await page.goto(resetLink);
          await expect(
            page.getByRole("heading", { level: 1, name: "Choose a new password" }),
          ).toBeVisible();
          await checkA11y();
          await page.getByLabel("Choose a password").fill("juniper cobalt meadow 77");
          await page.getByRole("button", { name: "Save the new password" }).click();
          await expect(page).toHaveURL(/\/sign-in\?reason=password-reset$/);
          await expect(page.getByRole("status")).toContainText("Your password has been changed");
          await checkA11y();
          await signIn({ email, password: "juniper cobalt meadow 77", totpSecret: secret });
          await expect(page).toHaveURL(/\/board$/);
          await checkA11y();
        });

        await test.step("the older session is refused", async () => {
          await older.other.goto("/board");
          await expect(older.other).toHaveURL(/\/sign-in\?reason=ended/);
          await expect(
            older.other.getByText(/Your session has ended because the password was changed/),
          ).toBeVisible();
          // The old password no longer signs in.
          await older.other.getByLabel("Email address").fill(email);
          await older.other.getByLabel("Password").fill(password);
          await older.other.getByRole("button", { name: "Sign in" }).click();
          await expect(
            older.other.getByRole("alert", { name: "There is a problem" }),
          ).toContainText("The email address or password is not right");
        });
      } finally {
        await older.context.close();
      }
    });
  });
}
