import Link from "next/link";
import { PageWidth } from "@/components/layout/page";

export default function NotFound() {
  return (
    <PageWidth>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        If the page should be there, you may need to <Link href="/sign-in">sign in</Link> with an
        account that can see it.
      </p>
      <p>
        <Link href="/">Go to the homepage</Link>
      </p>
    </PageWidth>
  );
}
