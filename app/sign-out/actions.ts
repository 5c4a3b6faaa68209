"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName } from "@/lib/auth/options";

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  jar.delete(sessionCookieName());
  // next-auth's own CSRF and callback cookies, if a client used its endpoints.
  for (const cookie of jar.getAll())
    if (cookie.name.includes("next-auth.")) jar.delete(cookie.name);
  redirect("/sign-out?done=1");
}
