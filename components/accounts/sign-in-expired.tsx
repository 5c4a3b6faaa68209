import Link from "next/link";
import { PageWidth } from "@/components/layout/page";

/** What a second-factor page says when the sign-in it belongs to is over (or never began). */
export function SignInExpired() {
  return (
    <PageWidth>
      <h1>Your sign-in has expired</h1>
      <p>
        For your security, the second step of signing in must follow the first within 15 minutes.
      </p>
      <p>
        <Link href="/sign-in">Sign in again</Link>
      </p>
    </PageWidth>
  );
}
