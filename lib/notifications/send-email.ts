import "server-only";
import { env } from "../env";

export type EmailMessage = { to: string; subject: string; text: string };

/**
 * Sends one email. An SMTP client is not built yet: with SMTP_URL unset (the default), the email
 * is written to the server log instead, so a demo or a developer can still read it. With SMTP_URL
 * set, the same log line says that delivery over SMTP is not available in this version.
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
  const { SMTP_URL, EMAIL_FROM } = env();
  const line = JSON.stringify({ from: EMAIL_FROM, ...message });
  if (!SMTP_URL) {
    console.info(`[email] SMTP_URL is not set, so the email is written here instead: ${line}`);
    return;
  }
  console.warn(
    `[email] SMTP delivery is not implemented yet, so the email is written here: ${line}`,
  );
}
