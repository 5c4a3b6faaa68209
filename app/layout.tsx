import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Footer } from "@/components/layout/footer";
import { Header, SERVICE_NAME } from "@/components/layout/header";
import { getActor } from "@/lib/auth/session";
import { signOutAction } from "./sign-out/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `${SERVICE_NAME} – NHS`, template: `%s – ${SERVICE_NAME} – NHS` },
  description:
    "Local non-executive community networks across England's integrated care systems: networks, footprints, the pilot funding round and workstreams.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { themeColor: "#005eb8" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <a
          href="#maincontent"
          className="sr-only focus:not-sr-only focus:absolute focus:left-0 focus:top-0 focus:z-50 focus:bg-nhs-focus focus:p-nhs-2 focus:text-nhs-text"
        >
          Skip to main content
        </a>
        <Header actor={actor} signOutAction={signOutAction} />
        <main
          id="maincontent"
          tabIndex={-1}
          className="flex-1 pt-nhs-5 pb-nhs-5 focus:outline-none"
        >
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
