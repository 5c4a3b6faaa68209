"use client";

/** Last resort when the root layout itself fails: a plain page without the shell. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: "Arial, sans-serif", margin: "2rem", color: "#212b32" }}>
        <h1>Sorry, there is a problem with the service</h1>
        <p>Try again later.</p>
        {error.digest ? <p>Reference: {error.digest}</p> : null}
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app shell has failed, so a full reload is the point */}
          <a href="/">Go to the homepage</a>
        </p>
      </body>
    </html>
  );
}
