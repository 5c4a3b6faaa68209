import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sendEmail } from "@/lib/notifications/send-email";
import { sendSmtp } from "@/lib/notifications/smtp-client";

/** A loopback SMTP server that records what it is sent; `refuse` makes RCPT fail. */
async function fakeSmtpServer({ refuse = false } = {}) {
  const commands: string[] = [];
  const messages: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 fake.localhost ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const index = buffer.indexOf("\r\n");
        if (index < 0) return;
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        commands.push(line);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO") socket.write("250-fake.localhost\r\n250 AUTH PLAIN\r\n");
        else if (verb === "AUTH") socket.write("235 ok\r\n");
        else if (verb === "MAIL") socket.write("250 ok\r\n");
        else if (verb === "RCPT") socket.write(refuse ? "550 no such user\r\n" : "250 ok\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (verb === "QUIT") {
          socket.write("221 bye\r\n");
          socket.end();
        } else socket.write("502 unknown\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, commands, messages, close: () => new Promise((r) => server.close(r)) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("sending email", () => {
  it("delivers through SMTP when SMTP_URL is set: AUTH PLAIN, a base64 body, no header injection", async () => {
    const server = await fakeSmtpServer();
    try {
      await sendEmail(
        {
          to: "lead@example.test",
          subject: "Bid submitted: Surrey\r\nBcc: evil@example.test",
          text: "Line one\n.hidden dot line\nÀ bientôt",
        },
        {
          smtpUrl: `smtp://portal:s%40cret@127.0.0.1:${server.port}`,
          from: "Portal <no-reply@example.test>",
        },
      );
      expect(server.commands[0]).toMatch(/^EHLO /);
      expect(server.commands[1]).toBe(
        `AUTH PLAIN ${Buffer.from("\0portal\0s@cret").toString("base64")}`,
      );
      expect(server.commands).toContain("MAIL FROM:<no-reply@example.test>");
      expect(server.commands).toContain("RCPT TO:<lead@example.test>");
      expect(server.messages).toHaveLength(1);
      const [head, body] = server.messages[0]!.split("\r\n\r\n");
      // The line break in the subject cannot add a header.
      expect(head).toContain("Subject: Bid submitted: Surrey Bcc: evil@example.test");
      expect(head).not.toMatch(/^Bcc:/m);
      expect(Buffer.from(body!.replace(/\r\n/g, ""), "base64").toString("utf8")).toBe(
        "Line one\r\n.hidden dot line\r\nÀ bientôt",
      );
    } finally {
      await server.close();
    }
  });

  it("rejects with the server's reply when the relay refuses", async () => {
    const server = await fakeSmtpServer({ refuse: true });
    try {
      await expect(
        sendSmtp(`smtp://127.0.0.1:${server.port}`, {
          from: "no-reply@example.test",
          to: "nobody@example.test",
          subject: "x",
          text: "y",
        }),
      ).rejects.toThrow(/550 no such user/);
    } finally {
      await server.close();
    }
  });

  it("will not send a password in the clear to another host", async () => {
    await expect(
      sendSmtp("smtp://u:p@mail.example.test:25", {
        from: "a@example.test",
        to: "b@example.test",
        subject: "x",
        text: "y",
      }),
    ).rejects.toThrow(/smtps/);
  });

  it("writes the email to the server log when SMTP_URL is unset", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    await sendEmail(
      { to: "lead@example.test", subject: "Hello", text: "Body" },
      { smtpUrl: "", from: "no-reply@example.test" },
    );
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^\[email\] SMTP_URL is not set/));
    expect(String(info.mock.calls[0]![0])).toContain('"to":"lead@example.test"');
  });
});
