/**
 * A real SMTP relay on loopback for the tests (the `smtp-server` package), offering STARTTLS with
 * the test certificate in tests/support/tls (self-signed for localhost and 127.0.0.1, made with
 * `openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj /CN=localhost`), or TLS from the
 * start. It records each message with whether it arrived encrypted; `refuse` makes it refuse
 * every recipient.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const TLS_DIR = path.resolve(import.meta.dirname, "tls");
export const TEST_CA = readFileSync(path.join(TLS_DIR, "localhost.crt"));
const TEST_KEY = readFileSync(path.join(TLS_DIR, "localhost.key"));

export type ReceivedMail = {
  raw: Buffer;
  secure: boolean;
  user?: string;
  from?: string;
  to: string[];
};

export async function startSmtpRelay({
  secure = false,
  refuse = false,
  startTls = true,
  users = {},
}: {
  /** Offer STARTTLS on a plain connection (a relay that does not is a misconfigured one). */
  startTls?: boolean;
  /** TLS from the first byte (smtps, port 465 style) instead of STARTTLS. */
  secure?: boolean;
  refuse?: boolean;
  /** user → password; without any, no AUTH is asked for. */
  users?: Record<string, string>;
} = {}) {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    secure,
    disabledCommands: startTls ? [] : ["STARTTLS"],
    key: TEST_KEY,
    cert: TEST_CA,
    authOptional: Object.keys(users).length === 0,
    logger: false,
    onAuth(auth, _session, callback) {
      if (users[auth.username ?? ""] === auth.password) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onRcptTo(_address, _session, callback) {
      attempts++;
      if (refuse) {
        const error = new Error("Mailbox unavailable") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          raw: Buffer.concat(chunks),
          secure: session.secure,
          user: session.user as string | undefined,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
