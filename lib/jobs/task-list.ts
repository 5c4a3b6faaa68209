import "server-only";
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import { deliverEmail } from "../notifications/deliver-email";
import type { Mailer } from "../notifications/mailer";
import type { JobPayloads, TaskName } from "./enqueue-job";

const ZPayloads = {
  "send-email": z.object({ emailId: z.string().min(1).max(100) }),
} satisfies { [T in TaskName]: z.ZodType<JobPayloads[T]> };

/**
 * What the worker does with each kind of job. A later scheduled job (a reminder) is a new entry
 * here and in `JobPayloads`.
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
  };
}
