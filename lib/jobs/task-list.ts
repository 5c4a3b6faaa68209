import "server-only";
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import type { CronItem } from "graphile-worker";
import { notifyOverdueActions } from "../governance/notify-overdue-actions";
import { deliverEmail } from "../notifications/deliver-email";
import type { Mailer } from "../notifications/mailer";
import type { JobPayloads, TaskName } from "./enqueue-job";

const ZPayloads = {
  "send-email": z.object({ emailId: z.string().min(1).max(100) }),
} satisfies { [T in TaskName]: z.ZodType<JobPayloads[T]> };

/** Jobs the worker queues for itself on a schedule (cron syntax). */
export const RECURRING_TASKS: CronItem[] = [
  {
    // Tells each owner of a governance action past its due date, once (issue 13). A missed
    // morning (the worker was down) is made up within a day.
    task: "notify-overdue-governance-actions",
    match: "0 7 * * *",
    identifier: "notify-overdue-governance-actions",
    options: { backfillPeriod: 24 * 60 * 60 * 1000, maxAttempts: 5 },
  },
];

/**
 * What the worker does with each kind of job. A later scheduled job (a reminder) is a new entry
 * here and in `JobPayloads`, or in `RECURRING_TASKS`.
 */
export function createTaskList({ mailer }: { mailer: Mailer | null }): TaskList {
  return {
    "send-email": async (payload, helpers) => {
      const { emailId } = ZPayloads["send-email"].parse(payload);
      await deliverEmail({
        emailId,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
        mailer,
      });
    },
    "notify-overdue-governance-actions": async (_payload, helpers) => {
      const { notified } = await notifyOverdueActions();
      if (notified)
        helpers.logger.info(`told the owners of ${notified} overdue governance actions`);
    },
  };
}
