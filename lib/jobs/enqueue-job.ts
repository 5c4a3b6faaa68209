import "server-only";
import type { Prisma } from "../generated/prisma/client";

/** The tasks the worker knows (lib/jobs/task-list.ts), with what each is given. */
export type JobPayloads = {
  "send-email": { emailId: string };
};
export type TaskName = keyof JobPayloads;

/**
 * Puts a job on the queue with graphile-worker's own SQL function, on the caller's transaction
 * client: the job commits with the change that causes it, or not at all. `jobKey` makes a second
 * enqueue of the same thing replace the first rather than add another.
 */
export async function enqueueJob<T extends TaskName>(
  tx: Prisma.TransactionClient,
  {
    task,
    payload,
    maxAttempts,
    jobKey = null,
    runAt = null,
  }: {
    task: T;
    payload: JobPayloads[T];
    maxAttempts: number;
    jobKey?: string | null;
    runAt?: Date | null;
  },
): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${runAt}::timestamptz,
    max_attempts => ${maxAttempts}::int,
    job_key => ${jobKey}::text
  )`;
}

/** One `send-email` job per email id, in one statement (a notification may go to dozens). */
export async function enqueueEmailJobs(
  tx: Prisma.TransactionClient,
  { emailIds, maxAttempts }: { emailIds: string[]; maxAttempts: number },
): Promise<void> {
  if (!emailIds.length) return;
  await tx.$executeRaw`SELECT 1 FROM unnest(${emailIds}::text[]) AS email(id),
    LATERAL graphile_worker.add_job(
      'send-email',
      json_build_object('emailId', email.id),
      max_attempts => ${maxAttempts}::int,
      job_key => 'email:' || email.id
    )`;
}
