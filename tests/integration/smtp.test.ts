/**
 * nodemailer against a real SMTP relay started by the test itself (tests/support/smtp-relay.ts),
 * on loopback: STARTTLS on a plain connection, TLS from the start with smtps://, AUTH, the
 * encoding of non-ASCII names and long subjects, and no header injection.
 */
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { createMailer, mustStartTls, type Mailer } from "@/lib/notifications/mailer";
import { startSmtpRelay, TEST_CA } from "../support/smtp-relay";

const message = {
  to: "Zoë Brontë <zoe@example.test>",
  subject: `Votre candidature « Réseau des administrateurs non exécutifs » a été reçue, ${"et ceci est un très long objet ".repeat(4).trim()}`,
  text: "Ligne un\n.ligne qui commence par un point\nÀ bientôt",
  html: "<p>À bientôt</p>",
};
const FROM = "Réseaux non exécutifs – NHS <no-reply@example.test>";

let mailer: Mailer | undefined;
afterEach(() => mailer?.close());

describe("sending email with nodemailer", () => {
  it("upgrades a plain connection with STARTTLS, then signs in: received encrypted, the names intact", async () => {
    const relay = await startSmtpRelay({ users: { portal: "s@cret pass" } });
    try {
      // localhost is loopback, where a plain connection would be allowed: STARTTLS is still used
      // because the relay offers it (and must be, anywhere else: requireTLS).
      mailer = createMailer({
        smtpUrl: `smtp://portal:${encodeURIComponent("s@cret pass")}@localhost:${relay.port}`,
        from: FROM,
        tls: { ca: TEST_CA },
      });
      await mailer.send(message);
      expect(relay.received).toHaveLength(1);
      const [mail] = relay.received;
      expect(mail!.secure).toBe(true);
      expect(mail!.user).toBe("portal");
      expect(mail!.to).toEqual(["zoe@example.test"]);

      const raw = mail!.raw.toString("latin1");
      // Every header line is ASCII: the names and subject are RFC 2047 encoded words, folded.
      const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
      expect(head).toMatch(/^[\x00-\x7f]*$/);
      expect(head.split("\r\n").every((line) => line.length <= 998)).toBe(true);
      expect(head).toMatch(/^From: =\?UTF-8\?/m);

      const parsed = await simpleParser(mail!.raw);
      expect(parsed.from?.value[0]).toEqual({
        name: "Réseaux non exécutifs – NHS",
        address: "no-reply@example.test",
      });
      expect(parsed.to && !Array.isArray(parsed.to) && parsed.to.value[0]?.name).toBe("Zoë Brontë");
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.text?.trim()).toBe(message.text);
      expect(parsed.html).toContain("À bientôt");
    } finally {
      await relay.close();
    }
  });

  it("speaks TLS from the first byte with smtps://", async () => {
    const relay = await startSmtpRelay({ secure: true });
    try {
      mailer = createMailer({
        smtpUrl: `smtps://localhost:${relay.port}`,
        from: FROM,
        tls: { ca: TEST_CA },
      });
      await mailer.send(message);
      expect(relay.received.map((m) => m.secure)).toEqual([true]);
    } finally {
      await relay.close();
    }
  });

  it("sends nothing in the clear where STARTTLS is required and the relay does not offer it", async () => {
    const relay = await startSmtpRelay({ startTls: false });
    try {
      // As for any relay not on this host (mustStartTls, below).
      mailer = createMailer({
        smtpUrl: `smtp://localhost:${relay.port}`,
        from: FROM,
        requireTls: true,
      });
      await expect(mailer.send(message)).rejects.toThrow(/STARTTLS/i);
      expect(relay.received).toHaveLength(0);
    } finally {
      await relay.close();
    }
  });

  it("refuses a relay whose certificate it cannot trust, rather than sending in the clear", async () => {
    const relay = await startSmtpRelay();
    try {
      mailer = createMailer({ smtpUrl: `smtp://localhost:${relay.port}`, from: FROM });
      await expect(mailer.send(message)).rejects.toThrow(/certificate/i);
      expect(relay.received).toHaveLength(0);
    } finally {
      await relay.close();
    }
  });

  it.each([
    ["smtp://mail.example.org:587", true],
    ["smtp://user:pass@10.0.0.5:25", true],
    ["smtps://mail.example.org:465", false],
    ["smtp://localhost:25", false],
    ["smtp://127.0.0.1:2525", false],
    ["smtp://[::1]:25", false],
  ])("mustStartTls(%s) is %s", (url, expected) => {
    expect(mustStartTls(url)).toBe(expected);
  });

  it("cannot be made to add a header by a line break in a subject or name", async () => {
    const relay = await startSmtpRelay();
    try {
      mailer = createMailer({
        smtpUrl: `smtp://localhost:${relay.port}`,
        from: FROM,
        tls: { ca: TEST_CA },
      });
      await mailer.send({
        ...message,
        to: "zoe@example.test",
        subject: "Bid submitted: Surrey\r\nBcc: evil@example.test",
      });
      const parsed = await simpleParser(relay.received[0]!.raw);
      expect(parsed.bcc).toBeUndefined();
      expect(parsed.headers.has("bcc")).toBe(false);
      expect(relay.received[0]!.to).toEqual(["zoe@example.test"]);
    } finally {
      await relay.close();
    }
  });

  it("rejects with the relay's answer when it refuses the recipient", async () => {
    const relay = await startSmtpRelay({ refuse: true });
    try {
      mailer = createMailer({
        smtpUrl: `smtp://localhost:${relay.port}`,
        from: FROM,
        tls: { ca: TEST_CA },
      });
      await expect(mailer.send(message)).rejects.toThrow(/550/);
    } finally {
      await relay.close();
    }
  });
});
