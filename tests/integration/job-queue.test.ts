/**
 * The email queue end to end: the job is written in the transaction of the change that causes
 * it, graphile-worker runs it, and a relay's refusal is retried with backoff until the email is
 * marked failed. This file has a database of its own, so the worker it runs sees only its jobs.
 */
import { simpleParser } from "mailparser";
import pg from "pg";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureDatabase } from "../../scripts/lib/database.ts";
import { applyMigrations } from "../../scripts/lib/schema-engine.ts";
import { createTaskList } from "@/lib/jobs/task-list";
import { migrateJobQueue } from "@/lib/jobs/queue-schema";
import { workerLogger } from "@/lib/jobs/worker-logger";
import { notificationEmail } from "@/lib/notifications/email-templates";
import { createMailer, type Mailer } from "@/lib/notifications/mailer";
import { EMAIL_MAX_ATTEMPTS, queueEmail } from "@/lib/notifications/queue-email";
import { startSmtpRelay, TEST_CA } from "../support/smtp-relay";
import { unique } from "../factories";

const sharedUrl = process.env.DATABASE_URL!;
const name = unique("queue").replace(/-/g, "_");
const url = Object.assign(new URL(sharedUrl), { pathname: `/${name}` }).toString();
let prisma: typeof import("@/lib/db/prisma").prisma;

beforeAll(async () => {
  await ensureDatabase(url);
  await applyMigrations(url);
  await migrateJobQueue(url);
  // Before anything reads the settings or opens the pool: this file's modules use its database.
  process.env.DATABASE_URL = url;
  ({ prisma } = await import("@/lib/db/prisma"));
});

afterAll(async () => {
  await prisma?.$disconnect();
  process.env.DATABASE_URL = sharedUrl;
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(sharedUrl), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

async function work(mailer: Mailer | null) {
  await runOnce(
    { connectionString: url, logger: workerLogger({ quiet: true }) },
    createTaskList({ mailer }),
  );
}

async function jobFor(emailId: string) {
  const rows = await prisma.$queryRaw<
    { id: bigint; attempts: number; run_at: Date; last_error: string | null }[]
  >`
    SELECT id, attempts, run_at, last_error FROM graphile_worker.jobs WHERE key = ${`email:${emailId}`}`;
  return rows[0] ?? null;
}

const email = (subject: string) =>
  notificationEmail({ title: subject, body: "Body", url: "http://localhost:3000/bids" });

describe("the email queue", () => {
  it("an email whose transaction rolls back is never queued, and never sent", async () => {
    const relay = await startSmtpRelay();
    const mailer = createMailer({
      smtpUrl: `smtp://localhost:${relay.port}`,
      from: "p@example.test",
      tls: { ca: TEST_CA },
    });
    try {
      const to = `${unique("rollback")}@example.test`;
      await expect(
        prisma.$transaction(async (tx) => {
          await queueEmail(tx, { to, email: email("Never") });
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");
      expect(await prisma.email.count({ where: { to } })).toBe(0);
      const jobs = await prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM graphile_worker.jobs`;
      expect(Number(jobs[0]!.n)).toBe(0);
      await work(mailer);
      expect(relay.received).toHaveLength(0);
    } finally {
      mailer.close();
      await relay.close();
    }
  });

  it("a committed email is sent by the worker, encrypted, and its secret link leaves the kept copy", async () => {
    const relay = await startSmtpRelay();
    const mailer = createMailer({
      smtpUrl: `smtp://localhost:${relay.port}`,
      from: "p@example.test",
      tls: { ca: TEST_CA },
    });
    try {
      const to = `${unique("sent")}@example.test`;
      const link = `http://localhost:3000/reset-password/${"x".repeat(43)}`;
      const id = await prisma.$transaction((tx) =>
        queueEmail(tx, {
          to,
          email: notificationEmail({ title: "Reset", body: "Hi", url: link }),
          secretLink: link,
        }),
      );
      expect(await jobFor(id)).not.toBeNull();
      await work(mailer);
      expect(relay.received.map((m) => [m.to, m.secure])).toEqual([[[to], true]]);
      expect((await simpleParser(relay.received[0]!.raw)).text).toContain(link);
      const kept = await prisma.email.findUniqueOrThrow({ where: { id } });
      expect(kept).toMatchObject({
        status: "SENT",
        attempts: 1,
        secretLink: null,
        lastError: null,
      });
      expect(kept.text).not.toContain(link);
      expect(kept.html).not.toContain(link);
      expect(kept.text).toContain("[link removed");
      expect(await jobFor(id)).toBeNull();
    } finally {
      mailer.close();
      await relay.close();
    }
  });

  it("a job the relay refuses is retried with backoff, then shown as failed", async () => {
    const relay = await startSmtpRelay({ refuse: true });
    const mailer = createMailer({
      smtpUrl: `smtp://localhost:${relay.port}`,
      from: "p@example.test",
      tls: { ca: TEST_CA },
    });
    try {
      const to = `${unique("refused")}@example.test`;
      const id = await prisma.$transaction((tx) => queueEmail(tx, { to, email: email("Refused") }));
      await work(mailer);
      let kept = await prisma.email.findUniqueOrThrow({ where: { id } });
      expect(kept).toMatchObject({ status: "QUEUED", attempts: 1 });
      expect(kept.lastError).toMatch(/550/);
      // Backoff: the next attempt is scheduled seconds ahead, so running again now does nothing.
      const job = (await jobFor(id))!;
      expect(job.attempts).toBe(1);
      expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
      await work(mailer);
      expect((await prisma.email.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

      for (let attempt = 2; attempt <= EMAIL_MAX_ATTEMPTS; attempt++) {
        // Skip the wait rather than sleep through e^n seconds.
        await prisma.$executeRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${job.id}::bigint], run_at => now())`;
        await work(mailer);
      }
      kept = await prisma.email.findUniqueOrThrow({ where: { id } });
      expect(kept).toMatchObject({ status: "FAILED", attempts: EMAIL_MAX_ATTEMPTS });
      expect(kept.lastError).toMatch(/550/);
      expect(relay.attempts()).toBe(EMAIL_MAX_ATTEMPTS);
      expect(relay.received).toHaveLength(0);
      // Run again: a failed email is not sent any more.
      await prisma.$executeRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${job.id}::bigint], run_at => now())`;
      await work(mailer);
      expect(relay.attempts()).toBe(EMAIL_MAX_ATTEMPTS);
    } finally {
      mailer.close();
      await relay.close();
    }
  });

  it("without SMTP_URL, the worker writes the email to the server log and keeps it", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      const to = `${unique("logged")}@example.test`;
      const id = await prisma.$transaction((tx) => queueEmail(tx, { to, email: email("Logged") }));
      await work(null);
      const lines = info.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("[email]"));
      expect(lines.some((l) => l.includes(to) && l.includes("SMTP_URL is not set"))).toBe(true);
      expect(await prisma.email.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "LOGGED",
        attempts: 1,
      });
    } finally {
      info.mockRestore();
    }
  });
});
