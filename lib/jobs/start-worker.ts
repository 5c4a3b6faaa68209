import "server-only";
import { parseCronItems, run, type Runner } from "graphile-worker";
import { createMailer } from "../notifications/mailer";
import { createTaskList, RECURRING_TASKS } from "./task-list";
import { workerLogger } from "./worker-logger";

/**
 * Starts a worker on the queue in `connectionString`. graphile-worker picks a new job up at once
 * (LISTEN/NOTIFY) and polls as a fallback; several workers on one database share the jobs safely
 * (SKIP LOCKED), so every web instance, or a separate `npm run worker`, may run one.
 */
export async function startWorker({
  connectionString,
  smtpUrl,
  emailFrom,
  concurrency = 2,
}: {
  connectionString: string;
  smtpUrl?: string;
  emailFrom: string;
  concurrency?: number;
}): Promise<Runner> {
  const mailer = smtpUrl ? createMailer({ smtpUrl, from: emailFrom }) : null;
  const runner = await run({
    connectionString,
    concurrency,
    maxPoolSize: concurrency + 1,
    pollInterval: 5_000,
    noHandleSignals: true,
    logger: workerLogger(),
    taskList: createTaskList({ mailer }),
    // Recurring jobs, in the worker's time zone. One run a day at most is taken however many
    // workers there are (graphile-worker records each scheduled time it has queued).
    parsedCronItems: parseCronItems(RECURRING_TASKS),
  });
  void runner.promise.finally(() => mailer?.close());
  return runner;
}
