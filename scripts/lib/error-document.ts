/**
 * Next 16 answers a page that throws (the database down, a bug) or calls `notFound()` with an
 * "error document": the right status, but `<html id="__next_error__">` with an empty body, the
 * message arriving only when JavaScript renders it (vercel/next.js#62228, #98954). With
 * JavaScript off that is a blank page. The portal's server fills that empty body with the same
 * words as app/not-found.tsx and app/error.tsx, so the server's HTML always says what happened;
 * with JavaScript on, Next's client renders its own error page over it as before.
 * docs/decisions/008-hardening-at-the-edge.md.
 */

const SERVICE_NAME = "Non-executive networks";

const MESSAGES: Record<"notFound" | "error", { title: string; paragraphs: string[] }> = {
  notFound: {
    title: "Page not found",
    paragraphs: [
      "If you typed the web address, check it is correct.",
      "If you pasted the web address, check you copied the entire address.",
      'If the page should be there, you may need to <a href="/sign-in">sign in</a> with an account that can see it.',
    ],
  },
  error: {
    title: "Sorry, there is a problem with the service",
    paragraphs: ["Try again later. Anything you saved before this happened has been kept."],
  },
};

/** Whether this HTML is Next's error document with nothing in its body for a reader. */
export function isEmptyErrorDocument(html: string): boolean {
  return /<html id="__next_error__"/.test(html);
}

/** The error document with its body filled in for readers without JavaScript; other HTML as it is. */
export function fillErrorDocument(html: string, status: number): string {
  if (!isEmptyErrorDocument(html)) return html;
  const message = status === 404 ? MESSAGES.notFound : MESSAGES.error;
  const text = "#212b32";
  const body = [
    `<div data-portal-error-fallback="" style="font-family:Arial,sans-serif;color:${text};background:#f0f4f5;min-height:100vh;margin:0">`,
    `<header style="background:#005eb8;padding:16px"><a href="/" style="color:#fff;font-weight:bold;font-size:19px;text-decoration:none">${SERVICE_NAME}</a></header>`,
    `<main id="maincontent" style="max-width:960px;margin:0 auto;padding:40px 16px;font-size:19px;line-height:1.47">`,
    `<h1 style="font-size:48px;line-height:1.1;margin:0 0 40px">${message.title}</h1>`,
    ...message.paragraphs.map((p) => `<p style="margin:0 0 24px">${p}</p>`),
    `<p style="margin:0 0 24px"><a href="/" style="color:#005eb8">Go to the homepage</a></p>`,
    `</main></div>`,
  ].join("");
  let filled = html.replace('<html id="__next_error__"', '<html id="__next_error__" lang="en-GB"');
  if (!/<title>/.test(filled))
    filled = filled.replace(
      "</head>",
      `<title>${message.title} – ${SERVICE_NAME} – NHS</title></head>`,
    );
  return filled.replace(/<body([^>]*)>/, `<body$1 style="margin:0">${body}`);
}
