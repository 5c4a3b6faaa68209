/**
 * The portal's response headers and the cross-site check on state-changing requests, as pure
 * functions of the request, so `proxy.ts` stays thin and the rules are unit tested
 * (tests/unit/security-headers.test.ts). Why each one: docs/decisions/008-hardening-at-the-edge.md.
 */

/** A fresh, unguessable nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of every HTML response, as the Next.js CSP guide sets it: scripts
 * only with this response's nonce (and what they load, through 'strict-dynamic'). Styles come
 * from the portal's own stylesheets; inline style attributes (the SVG charts' positions) are
 * allowed, inline <style> elements are not. `dev` adds what `next dev`'s hot reload needs.
 */
export function contentSecurityPolicy({
  nonce,
  dev = false,
  https = false,
}: {
  nonce: string;
  dev?: boolean;
  /** Served over https: ask the browser to fetch anything still addressed by http over https. */
  https?: boolean;
}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browser features the portal never uses, turned off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** Two years, with subdomains: the HSTS preload list's minimum. Sent only over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a state-changing request comes from the portal's own pages. A browser sends `Origin` on
 * every cross-origin request and on every POST; an old one may send only `Sec-Fetch-Site`. A
 * request with a foreign or `null` Origin, or with neither header unless it is same-origin by
 * `Sec-Fetch-Site`, is refused: Next's own server-action check would answer it with a 500.
 */
export function isCrossSiteWrite({
  method,
  origin,
  secFetchSite,
  allowedHosts,
}: {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  /** host[:port] values this portal answers on. */
  allowedHosts: readonly string[];
}): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (origin !== null) {
    if (origin === "null") return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return true;
    }
    return !allowedHosts.includes(host.toLowerCase());
  }
  return secFetchSite !== "same-origin";
}
