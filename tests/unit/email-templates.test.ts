import { describe, expect, it } from "vitest";
import {
  invitationEmail,
  notificationEmail,
  passwordResetEmail,
  signInLinkEmail,
} from "@/lib/notifications/email-templates";

describe("email templates", () => {
  const url = "https://portal.example/join/abc?x=1&y=2";
  const emails = [
    invitationEmail({
      name: "Zoë <Brontë>",
      inviterName: "Sam Admin",
      roleSummary: "board admin of Surrey Heartlands",
      url,
      expiresAt: new Date("2026-12-09T10:00:00Z"),
    }),
    passwordResetEmail({ name: "Zoë", url }),
    signInLinkEmail({ url }),
    notificationEmail({ title: "Bid submitted", body: "A <b>bid</b> & more", url }),
  ];

  it.each(emails.map((email) => [email.kind, email]))(
    "%s: text and HTML with the service's name, the link and why it was sent",
    (_kind, email) => {
      expect(email.text).toContain("Non-executive networks");
      expect(email.text).toContain(url);
      expect(email.text).toMatch(/You are receiving this email because /);
      expect(email.html).toContain('href="https://portal.example/join/abc?x=1&amp;y=2"');
      expect(email.html).toMatch(/You are receiving this email because /);
      expect(email.html).toContain('<html lang="en-GB">');
      expect(email.text).not.toMatch(/unsubscribe/i);
    },
  );

  it("escapes what people typed in the HTML, and keeps it as typed in the text", () => {
    const [invitation, , , notification] = emails as [
      (typeof emails)[0],
      unknown,
      unknown,
      (typeof emails)[0],
    ];
    expect(invitation.text).toContain("Dear Zoë <Brontë>,");
    expect(invitation.html).toContain("Dear Zoë &lt;Brontë&gt;,");
    expect(invitation.text).toContain("until 9 December 2026");
    expect(notification.html).toContain("A &lt;b&gt;bid&lt;/b&gt; &amp; more");
    expect(notification.html).not.toContain("<b>bid</b>");
  });
});
