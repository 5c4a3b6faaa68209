/**
 * Hands email to the relay at SMTP_URL with nodemailer, which does what a relay expects: STARTTLS
 * on a plain connection (port 587, the submission port, by default), TLS from the start with
 * smtps:// (465), AUTH from the URL's user and password, RFC 2047 encoding of non-ASCII names and
 * subjects, folding of long headers, and no header injection from a line break in a value.
 *
 * A plain smtp:// connection must be upgraded with STARTTLS unless the relay is on this host, so a
 * password or a sign-in link is never sent in the clear over a network.
 */
import nodemailer from "nodemailer";
import type { ConnectionOptions } from "node:tls";

export type OutgoingEmail = { to: string; subject: string; text: string; html: string };

export type Mailer = {
  send(message: OutgoingEmail): Promise<void>;
  close(): void;
};

const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || host.startsWith("127.");

/** A plain smtp:// connection must be upgraded with STARTTLS unless the relay is on this host. */
export function mustStartTls(smtpUrl: string): boolean {
  const url = new URL(smtpUrl);
  return url.protocol !== "smtps:" && !isLoopback(url.hostname.replace(/^\[|\]$/g, ""));
}

export function createMailer({
  smtpUrl,
  from,
  tls = {},
  requireTls = mustStartTls(smtpUrl),
}: {
  smtpUrl: string;
  from: string;
  /** Extra TLS options (a test's own certificate authority). */
  tls?: ConnectionOptions;
  /** Refuse to send unless STARTTLS succeeds (default: `mustStartTls`). */
  requireTls?: boolean;
}): Mailer {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const user = decodeURIComponent(url.username);
  const transport = nodemailer.createTransport({
    host,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    requireTLS: !secure && requireTls,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
    tls: { servername: host, ...tls },
    // The worker retries a failure later; one attempt should not hang on a silent relay.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close() {
      transport.close();
    },
  };
}
