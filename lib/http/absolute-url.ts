/**
 * A path on the portal as a full address, for links in emails: from NEXTAUTH_URL, the portal's
 * public address (`npm start` always sets it).
 */
export function absoluteUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
