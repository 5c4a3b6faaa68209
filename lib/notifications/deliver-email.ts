import "server-only";
import { prisma } from "../db/prisma";
import type { Mailer } from "./mailer";

const REMOVED = "[link removed from this copy once the email was sent]";

/**
 * The `send-email` job: one email from the delivery log to the relay, or to the server log when
 * there is no relay (SMTP_URL unset: the demo and the tests), where it stays readable at
 * /admin/emails. A failure is recorded on the email and thrown, so the queue retries it later;
 * after the last attempt the email is marked failed.
 */
export async function deliverEmail({
  emailId,
  attempt,
  maxAttempts,
  mailer,
  now = () => new Date(),
}: {
  emailId: string;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
  mailer: Mailer | null;
  now?: () => Date;
}): Promise<void> {
  const email = await prisma.email.findUnique({ where: { id: emailId } });
  // Gone, or done already (a job run twice after a crash between sending and recording it).
  if (!email || email.status !== "QUEUED") return;

  if (!mailer) {
    console.info(
      `[email] SMTP_URL is not set, so the email is written here instead: ${JSON.stringify({
        to: email.to,
        subject: email.subject,
        text: email.text,
      })}`,
    );
    await prisma.email.update({
      where: { id: emailId },
      data: { status: "LOGGED", attempts: attempt, sentAt: now(), lastError: null },
    });
    return;
  }

  try {
    await mailer.send({ to: email.to, subject: email.subject, text: email.text, html: email.html });
  } catch (error) {
    const failed = attempt >= maxAttempts;
    await prisma.email.update({
      where: { id: emailId },
      data: {
        attempts: attempt,
        lastError: describe(error),
        status: failed ? "FAILED" : "QUEUED",
        // A link that will never be sent need not be kept either.
        ...(failed && email.secretLink ? redacted(email) : {}),
      },
    });
    throw error;
  }
  await prisma.email.update({
    where: { id: emailId },
    data: {
      status: "SENT",
      attempts: attempt,
      sentAt: now(),
      lastError: null,
      ...(email.secretLink ? redacted(email) : {}),
    },
  });
}

function redacted(email: { text: string; html: string; secretLink: string | null }) {
  const link = email.secretLink!;
  const escaped = link.replace(/&/g, "&amp;");
  return {
    text: email.text.split(link).join(REMOVED),
    html: email.html.split(escaped).join(REMOVED).split(link).join(REMOVED),
    secretLink: null,
  };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}
