import type { Metadata } from "next";
import Link from "next/link";
import { PageWidth } from "@/components/layout/page";
import { Button } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, actor] = await Promise.all([searchParams, getActor()]);
  if (!actor) {
    return (
      <PageWidth>
        <h1>{params.done ? "You have signed out" : "You are not signed in"}</h1>
        <p>
          <Link href="/sign-in">Sign in again</Link> or <Link href="/">go to the homepage</Link>.
        </p>
      </PageWidth>
    );
  }
  return (
    <PageWidth>
      <h1>Sign out</h1>
      <p>You are signed in as {actor.name}.</p>
      <form action={signOutAction}>
        <Button>Sign out</Button>
      </form>
    </PageWidth>
  );
}
