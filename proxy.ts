/**
 * Runs before every request (Next 16's Proxy, the successor of middleware): refuses cross-site
 * writes and malformed router-state headers before any page code runs, and gives every response
 * a fresh CSP nonce with the portal's security headers. The rules live in lib/http/ (pure, unit
 * tested); docs/decisions/008-hardening-at-the-edge.md says why.
 */
import { NextResponse, type NextRequest } from "next/server";
import { isMalformedQuery } from "@/lib/http/query-string";
import { refusalPage } from "@/lib/http/refusal-page";
import {
  PERMISSIONS_POLICY,
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  createNonce,
  isCrossSiteWrite,
} from "@/lib/http/security-headers";

function allowedHosts(request: NextRequest): string[] {
  const hosts = [request.headers.get("host") ?? request.nextUrl.host];
  const publicUrl = process.env.NEXTAUTH_URL;
  if (publicUrl) {
    try {
      hosts.push(new URL(publicUrl).host);
    } catch {
      // lib/env.ts refuses a malformed NEXTAUTH_URL at start-up; nothing to add here.
    }
  }
  return hosts.map((host) => host.toLowerCase());
}

function refuse(status: 400 | 403, message: string): NextResponse {
  return new NextResponse(refusalPage(message), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export function proxy(request: NextRequest) {
  if (
    isCrossSiteWrite({
      method: request.method,
      origin: request.headers.get("origin"),
      secFetchSite: request.headers.get("sec-fetch-site"),
      allowedHosts: allowedHosts(request),
    })
  )
    return refuse(403, "This request came from another site");

  // (A malformed Next-Router-State-Tree header is refused in scripts/serve.ts: Next strips the
  // router's headers from the request before the proxy sees it.)
  if (isMalformedQuery(request.nextUrl.search))
    return refuse(400, "The request could not be understood");

  const nonce = createNonce();
  const https = isHttps(request);
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("permissions-policy", PERMISSIONS_POLICY);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" ||
    (process.env.NEXTAUTH_URL ?? "").toLowerCase().startsWith("https://")
  );
}

export const config = {
  // Static build files and the icon carry no scripts and change nothing.
  matcher: ["/((?!_next/static|_next/image|favicon\\.svg|favicon\\.ico).*)"],
};
