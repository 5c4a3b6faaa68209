import Link from "next/link";
import type { Actor } from "@/lib/auth/session";
import { startPathFor } from "@/lib/auth/start-path";

export const SERVICE_NAME = "Non-executive networks";

/**
 * The NHS.UK header: logo and service name, the account links, and the main navigation. The route
 * layout passes the sign-out action in, so that components never import from app/.
 */
export function Header({
  actor,
  signOutAction,
}: {
  actor: Actor | null;
  signOutAction: () => Promise<void>;
}) {
  const nav = [
    { href: "/", label: "Home" },
    { href: "/footprints", label: "Footprints" },
    { href: "/networks", label: "Networks" },
    { href: "/governance", label: "Governance" },
    ...(actor ? [{ href: "/people", label: "People" }] : []),
    { href: "/#pilot-round", label: "Pilot round" },
    ...(actor ? [{ href: startPathFor(actor.roles), label: "Your start page" }] : []),
    ...(actor?.personId ? [{ href: "/me", label: "Your profile" }] : []),
    ...(actor?.roles.has("MEMBER") ? [{ href: "/bids", label: "Your bids" }] : []),
    ...(actor?.roles.has("PROGRAMME_ADMIN")
      ? [
          { href: "/admin/rounds", label: "Rounds" },
          { href: "/admin/bids", label: "All bids" },
        ]
      : []),
    ...(actor ? [{ href: "/notifications", label: "Notifications" }] : []),
    ...(actor ? [{ href: "/me/security", label: "Sign-in and security" }] : []),
  ];
  return (
    <header className="bg-nhs-blue text-white" role="banner">
      <div className="mx-auto flex max-w-nhs-page flex-wrap items-center justify-between gap-nhs-3 px-nhs-3 py-nhs-3">
        <Link
          href="/"
          className="flex items-center gap-nhs-3 text-white! no-underline visited:text-white hover:underline"
          aria-label={`${SERVICE_NAME} homepage`}
        >
          <svg
            className="h-10 w-[100px] shrink-0"
            viewBox="0 0 40 16"
            role="img"
            aria-hidden="true"
            focusable="false"
          >
            <path fill="#fff" d="M0 0h40v16H0z" />
            <path
              fill="#005eb8"
              d="M3.9 1.5h4.4l2.6 9h.1l1.8-9h3.3l-2.8 13H9l-2.7-9h-.1l-1.8 9H1.1M17.3 1.5h3.6l-1 4.9h4L25 1.5h3.5l-2.7 13h-3.5l1.1-5.6h-4.1l-1.2 5.6h-3.4M37.7 4.4c-.7-.3-1.6-.6-2.9-.6-1.4 0-2.5.2-2.5 1.3 0 1.8 5.1 1.2 5.1 5.1 0 3.6-3.3 4.5-6.4 4.5-1.3 0-2.9-.3-4-.7l.8-2.7c.7.4 2.1.7 3.2.7s2.8-.2 2.8-1.5c0-2.1-5.1-1.3-5.1-5 0-3.4 2.9-4.4 5.8-4.4 1.6 0 3.1.2 4 .6"
            />
          </svg>
          <span className="text-nhs-22 font-bold">{SERVICE_NAME}</span>
        </Link>
        <form
          method="get"
          action="/search"
          role="search"
          aria-label="Site"
          className="flex items-end gap-nhs-1 text-nhs-16"
        >
          <label htmlFor="header-search" className="sr-only">
            Search footprints, networks, organisations and people
          </label>
          <input
            id="header-search"
            name="q"
            type="search"
            placeholder="Search"
            className="h-10 w-48 rounded-none border-2 border-white bg-white px-nhs-2 text-nhs-text"
          />
          <button
            type="submit"
            className="h-10 cursor-pointer border-2 border-white bg-nhs-dark-blue px-nhs-2 font-bold text-white"
          >
            Search
          </button>
        </form>
        <nav aria-label="Account" className="text-nhs-16">
          {actor ? (
            <ul className="m-0 flex list-none flex-wrap items-center gap-nhs-3 p-0">
              <li>
                <span className="sr-only">Signed in as </span>
                {actor.name}
              </li>
              <li>
                <form action={signOutAction}>
                  <button
                    type="submit"
                    className="cursor-pointer text-white underline hover:no-underline focus-visible:bg-nhs-focus focus-visible:text-nhs-text"
                  >
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          ) : (
            <Link href="/sign-in" className="text-white! underline hover:no-underline">
              Sign in
            </Link>
          )}
        </nav>
      </div>
      <nav aria-label="Main" className="border-t border-[#2c77c1] bg-nhs-blue">
        <ul className="mx-auto m-0 flex max-w-nhs-page list-none flex-wrap gap-x-nhs-5 gap-y-nhs-1 px-nhs-3 py-nhs-2 text-nhs-16">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="font-bold text-white! no-underline hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
