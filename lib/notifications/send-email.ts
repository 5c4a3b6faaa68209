import "server-only";
import { env } from "../env";
import { sendSmtp } from "./smtp-client";

export type EmailMessage = { to: string; subject: string; text: string };

/**
 * Sends one email through the relay at SMTP_URL. With SMTP_URL unset (the default, and in the
 * demo), the email is written to the server log instead, so it can still be read.
 */
export async function sendEmail(
  message: EmailMessage,
  { smtpUrl = env().SMTP_URL, from = env().EMAIL_FROM }: { smtpUrl?: string; from?: string } = {},
): Promise<void> {
  if (!smtpUrl) {
    console.info(
      `[email] SMTP_URL is not set, so the email is written here instead: ${JSON.stringify({ from, ...message })}`,
    );
    return;
  }
  await sendSmtp(smtpUrl, { from, ...message });
}
