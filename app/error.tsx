"use client";

import Link from "next/link";
import { useEffect } from "react";
import { PageWidth } from "@/components/layout/page";

/** Shown when a page fails unexpectedly. Never shows the error's own message to the user. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageWidth>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later. Anything you saved before this happened has been kept.</p>
      {error.digest ? <p className="text-nhs-secondary-text">Reference: {error.digest}</p> : null}
      <p>
        <button type="button" onClick={reset} className="cursor-pointer text-nhs-blue underline">
          Try again
        </button>
      </p>
      <p>
        <Link href="/">Go to the homepage</Link>
      </p>
    </PageWidth>
  );
}
