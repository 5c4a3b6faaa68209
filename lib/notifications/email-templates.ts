/**
 * Every email the portal sends, as plain text and simple HTML, with the service's name and a
 * footer saying why it was sent (there is nothing to unsubscribe from: each is about the
 * recipient's own account or work). Pure: tests/unit/email-templates.test.ts.
 */
import { formatUkDateTime } from "../format/dates";

export const EMAIL_SERVICE_NAME = "Non-executive networks";

export type EmailKind =
  | "invitation"
  | "password-reset"
  | "password-changed"
  | "sign-in-link"
  | "second-factor-set-up"
  | "notification";

export type RenderedEmail = { kind: EmailKind; subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The one layout: greeting, paragraphs, an optional button-like link, then the footer. */
function layout({
  kind,
  subject,
  greeting,
  paragraphs,
  link,
  after = [],
  reason,
}: {
  kind: EmailKind;
  subject: string;
  greeting?: string;
  paragraphs: string[];
  link?: { url: string; label: string };
  after?: string[];
  reason: string;
}): RenderedEmail {
  const footer = `You are receiving this email because ${reason}. ${EMAIL_SERVICE_NAME} is a service of NHS Clinical Commissioners with NHS England.`;
  const text = [
    ...(greeting ? [greeting] : []),
    ...paragraphs,
    ...(link ? [`${link.label}:\n${link.url}`] : []),
    ...after,
    "--",
    `${EMAIL_SERVICE_NAME}\n${footer}`,
  ].join("\n\n");
  const p = (body: string) => `<p style="margin:0 0 16px">${escapeHtml(body)}</p>`;
  const html = [
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f0f4f5;font-family:Arial,sans-serif;color:#212b32;font-size:16px;line-height:1.5">`,
    `<div style="background:#005eb8;color:#ffffff;padding:16px 24px;font-size:19px;font-weight:bold">${EMAIL_SERVICE_NAME}</div>`,
    `<div style="background:#ffffff;padding:24px;max-width:600px">`,
    ...(greeting ? [p(greeting)] : []),
    ...paragraphs.map(p),
    ...(link
      ? [
          `<p style="margin:0 0 16px"><a href="${escapeHtml(link.url)}" style="color:#005eb8;font-weight:bold">${escapeHtml(link.label)}</a></p>`,
          `<p style="margin:0 0 16px;color:#4c6272;font-size:14px">If the link does not work, copy this address into your browser: ${escapeHtml(link.url)}</p>`,
        ]
      : []),
    ...after.map(p),
    `</div>`,
    `<div style="padding:16px 24px;color:#4c6272;font-size:14px">${escapeHtml(footer)}</div>`,
    `</body></html>`,
  ].join("\n");
  return { kind, subject, text, html };
}

export function invitationEmail({
  name,
  inviterName,
  roleSummary,
  url,
  expiresAt,
}: {
  name: string;
  inviterName: string;
  /** What the account will be for, e.g. "a member" or "board admin of Surrey Heartlands". */
  roleSummary: string;
  url: string;
  expiresAt: Date;
}): RenderedEmail {
  return layout({
    kind: "invitation",
    subject: `You are invited to ${EMAIL_SERVICE_NAME}`,
    greeting: `Dear ${name},`,
    paragraphs: [
      `${inviterName} has invited you to open an account on ${EMAIL_SERVICE_NAME}, the NHS portal for local non-executive community networks, as ${roleSummary}.`,
      `To accept, choose a password. The link works once, until ${formatUkDateTime(expiresAt)}.`,
    ],
    link: { url, label: "Accept the invitation" },
    after: ["If you were not expecting this, you can ignore this email: no account is opened."],
    reason: `${inviterName} invited this address to open an account`,
  });
}

export function passwordResetEmail({ name, url }: { name: string; url: string }): RenderedEmail {
  return layout({
    kind: "password-reset",
    subject: `Reset your ${EMAIL_SERVICE_NAME} password`,
    greeting: `Dear ${name},`,
    paragraphs: [
      "Someone, probably you, asked to reset the password of your account. The link works once, for one hour.",
    ],
    link: { url, label: "Choose a new password" },
    after: [
      "If you did not ask for this, you can ignore this email: your password has not changed.",
    ],
    reason: "someone asked to reset the password of the account with this address",
  });
}

export function passwordChangedEmail({ name, at }: { name: string; at: Date }): RenderedEmail {
  return layout({
    kind: "password-changed",
    subject: `Your ${EMAIL_SERVICE_NAME} password has changed`,
    greeting: `Dear ${name},`,
    paragraphs: [
      `The password of your account was changed on ${formatUkDateTime(at)}, and every other session was signed out.`,
      "If this was not you, reset your password at once from the sign-in page and tell the programme team.",
    ],
    reason: "it is a security notice about your account",
  });
}

export function secondFactorSetUpEmail({ name, at }: { name: string; at: Date }): RenderedEmail {
  return layout({
    kind: "second-factor-set-up",
    subject: `An authenticator app was set up for your ${EMAIL_SERVICE_NAME} account`,
    greeting: `Dear ${name},`,
    paragraphs: [
      `An authenticator app was set up as the second factor of your account on ${formatUkDateTime(at)}, with new recovery codes.`,
      "If this was not you, tell the programme team at once.",
    ],
    reason: "it is a security notice about your account",
  });
}

export function signInLinkEmail({ url }: { url: string }): RenderedEmail {
  return layout({
    kind: "sign-in-link",
    subject: `Sign in to ${EMAIL_SERVICE_NAME}`,
    paragraphs: ["Use this link to sign in. It works once, for 15 minutes."],
    link: { url, label: "Sign in" },
    after: ["If you did not ask for this, you can ignore this email."],
    reason: "someone asked for a sign-in link for the account with this address",
  });
}

export function notificationEmail({
  title,
  body,
  url,
}: {
  title: string;
  body: string;
  url: string;
}): RenderedEmail {
  return layout({
    kind: "notification",
    subject: title,
    paragraphs: [body],
    link: { url, label: "Open it in the portal" },
    reason: "it is about your own work on the portal; you also see it on your notifications page",
  });
}
