import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { enqueueEmailJobs } from "../jobs/enqueue-job";
import type { RenderedEmail } from "./email-templates";

/**
 * Attempts per email before it is shown as failed. graphile-worker waits e^n seconds after the
 * nth failure, so ten attempts span about three and a half hours of a relay being down.
 */
export const EMAIL_MAX_ATTEMPTS = 10;

export type QueuedEmail = {
  to: string;
  userId?: string | null;
  email: RenderedEmail;
  /** A link that signs in or sets a password, removed from the kept copy once sent. */
  secretLink?: string | null;
};

/**
 * Writes emails to the delivery log (the `Email` table) with a job each, on the caller's
 * transaction: a change that rolls back sends nothing, one that commits loses nothing. Always pass
 * the transaction of the change the email is about.
 */
export async function queueEmails(
  tx: Prisma.TransactionClient,
  emails: QueuedEmail[],
): Promise<string[]> {
  if (!emails.length) return [];
  const rows = await tx.email.createManyAndReturn({
    data: emails.map(({ to, userId, email, secretLink }) => ({
      kind: email.kind,
      to,
      userId: userId ?? null,
      subject: email.subject,
      text: email.text,
      html: email.html,
      secretLink: secretLink ?? null,
    })),
    select: { id: true },
  });
  const emailIds = rows.map((row) => row.id);
  await enqueueEmailJobs(tx, { emailIds, maxAttempts: EMAIL_MAX_ATTEMPTS });
  return emailIds;
}

export async function queueEmail(tx: Prisma.TransactionClient, email: QueuedEmail) {
  const [id] = await queueEmails(tx, [email]);
  return id!;
}
