import "server-only";
import { prisma } from "../db/prisma";

/** The account a half-done sign-in is for, with what a session token needs; null when gone or disabled. */
export async function findSignInUser({ userId }: { userId: string }) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
