/**
 * A small SMTP client (RFC 5321) over node:net / node:tls, with no dependency: enough to hand a
 * plain-text email to a relay. smtp:// connects in the clear (a relay on the same host or network);
 * smtps:// uses TLS from the start (port 465). user:password in the URL is sent with AUTH PLAIN,
 * which is refused over a clear connection to anything but a loopback address.
 */
import { randomUUID } from "node:crypto";
import net from "node:net";
import tls from "node:tls";

export type SmtpMessage = { from: string; to: string; subject: string; text: string };

const TIMEOUT_MS = 15_000;

/** Header values cannot carry line breaks (header injection); non-ASCII is RFC 2047 encoded. */
export function headerValue(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, " ").trim();
  return /^[\x20-\x7e]*$/.test(oneLine)
    ? oneLine
    : `=?UTF-8?B?${Buffer.from(oneLine, "utf8").toString("base64")}?=`;
}

/** The bare address from "Name <address>" or "address". */
export function addressOf(mailbox: string): string {
  const match = /<([^<>\s]+)>\s*$/.exec(mailbox);
  const address = (match ? match[1]! : mailbox).trim();
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(address)) throw new Error(`Not an email address: ${mailbox}`);
  return address;
}

export function buildMessage(message: SmtpMessage, { date = new Date() } = {}): string {
  const domain = addressOf(message.from).split("@")[1];
  const body = Buffer.from(message.text.replace(/\r?\n/g, "\r\n"), "utf8")
    .toString("base64")
    .replace(/.{76}/g, "$&\r\n");
  return [
    `From: ${headerValue(message.from)}`,
    `To: ${headerValue(message.to)}`,
    `Subject: ${headerValue(message.subject)}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    body,
  ].join("\r\n");
}

/** Sends one message through the relay at `url`; rejects with the server's reply on a refusal. */
export async function sendSmtp(url: string, message: SmtpMessage): Promise<void> {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  const port = Number(parsed.port || (secure ? 465 : 25));
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  if (user && !secure && !isLoopback(host))
    throw new Error(
      "SMTP_URL: use smtps:// to send a password to a server that is not on this host",
    );

  const socket: net.Socket = secure
    ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
    : net.connect({ host, port });
  socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error("SMTP server timed out")));
  const replies = replyReader(socket);
  try {
    await expect(replies, 220);
    await command(socket, replies, `EHLO ${clientName()}`, 250);
    if (user) {
      const token = Buffer.from(`\0${user}\0${password}`, "utf8").toString("base64");
      await command(socket, replies, `AUTH PLAIN ${token}`, 235);
    }
    await command(socket, replies, `MAIL FROM:<${addressOf(message.from)}>`, 250);
    await command(socket, replies, `RCPT TO:<${addressOf(message.to)}>`, [250, 251]);
    await command(socket, replies, "DATA", 354);
    // Dot-stuffing: a line that starts with "." gets another, so it cannot end the data early.
    const data = buildMessage(message).replace(/(^|\r\n)\./g, "$1..");
    await command(socket, replies, `${data}\r\n.`, 250);
    await command(socket, replies, "QUIT", 221).catch(() => {});
  } finally {
    socket.destroy();
  }
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

function clientName(): string {
  return "nexec-portal.localhost";
}

type Reply = { code: number; text: string };
type ReplyReader = { next(): Promise<Reply> };

/** Reads whole replies (multi-line "250-..." continuations end at "250 ..."). */
function replyReader(socket: net.Socket): ReplyReader {
  let buffer = "";
  let lines: string[] = [];
  const ready: Reply[] = [];
  const waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    let index;
    while ((index = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, index);
      buffer = buffer.slice(index + 2);
      lines.push(line);
      if (/^\d{3}(?: |$)/.test(line)) {
        const reply = { code: Number(line.slice(0, 3)), text: lines.join("\n") };
        lines = [];
        const waiter = waiting.shift();
        if (waiter) waiter.resolve(reply);
        else ready.push(reply);
      }
    }
  });
  const fail = (error: Error) => {
    failure = error;
    for (const waiter of waiting.splice(0)) waiter.reject(error);
  };
  socket.on("error", fail);
  socket.on("close", () => fail(new Error("SMTP connection closed")));
  return {
    next() {
      const reply = ready.shift();
      if (reply) return Promise.resolve(reply);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
  };
}

async function expect(replies: ReplyReader, codes: number | number[]): Promise<Reply> {
  const reply = await replies.next();
  const wanted = Array.isArray(codes) ? codes : [codes];
  if (!wanted.includes(reply.code)) throw new Error(`SMTP server refused: ${reply.text}`);
  return reply;
}

async function command(
  socket: net.Socket,
  replies: ReplyReader,
  line: string,
  codes: number | number[],
): Promise<Reply> {
  socket.write(`${line}\r\n`);
  return expect(replies, codes);
}
