import { describe, expect, it } from "vitest";
import { isMalformedQuery } from "@/lib/http/query-string";
import { isMalformedRouterState } from "@/lib/http/router-state";
import { contentSecurityPolicy, createNonce, isCrossSiteWrite } from "@/lib/http/security-headers";
import { fillErrorDocument } from "@/scripts/lib/error-document";
import { findBrowser } from "@/scripts/lib/find-browser";

describe("isCrossSiteWrite", () => {
  const allowedHosts = ["portal.example", "localhost:3000"];
  const write = (origin: string | null, secFetchSite: string | null = null, method = "POST") =>
    isCrossSiteWrite({ method, origin, secFetchSite, allowedHosts });
  it.each([
    ["https://portal.example", null, false],
    ["http://localhost:3000", "same-origin", false],
    ["https://evil.example", "cross-site", true],
    ["https://portal.example.evil.example", null, true],
    ["http://localhost:3001", null, true],
    ["null", null, true],
    ["not a url", null, true],
    [null, "same-origin", false],
    [null, "same-site", true],
    [null, "cross-site", true],
    [null, "none", true],
    [null, null, true],
  ])("Origin %j, Sec-Fetch-Site %j → refused %j", (origin, site, refused) => {
    expect(write(origin, site)).toBe(refused);
  });
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(write("https://evil.example", "cross-site", method)).toBe(false);
  });
  it.each(["PUT", "PATCH", "DELETE"])("treats %s as a write", (method) => {
    expect(write("https://evil.example", null, method)).toBe(true);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by this response's nonce only", () => {
    const nonce = createNonce();
    const csp = contentSecurityPolicy({ nonce });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce, https: true })).toContain("upgrade-insecure-requests");
  });
  it("makes a new nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isMalformedQuery", () => {
  it.each([
    ["", false],
    ["?q=surrey&page=2", false],
    ["?q=caf%C3%A9+au+lait", false],
    ["?q=%F0%9F%98%80", false],
    ["?q=a%00b", true],
    ["?q=%01", true],
    ["?q=%7F", true],
    ["?q=%E0%A4%A", true],
    ["?q=%ED%A0%80", true],
    ["?q=%FF", true],
    ["?%00=x", true],
  ])("%j → %j", (search, malformed) => {
    expect(isMalformedQuery(search)).toBe(malformed);
  });
});

describe("isMalformedRouterState (Next's own parser)", () => {
  it("accepts what Next's router sends and refuses the rest", () => {
    expect(isMalformedRouterState(null)).toBe(false);
    expect(isMalformedRouterState(encodeURIComponent('["",{"children":["__PAGE__",{}]}]'))).toBe(
      false,
    );
    for (const header of ["%%%", "[1]", "not json", '["",{"children":5}]', ["[]", "[]"]])
      expect(isMalformedRouterState(header), JSON.stringify(header)).toBe(true);
  });
});

describe("fillErrorDocument", () => {
  const empty =
    '<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head><body><div hidden=""><!--$--><!--/$--></div><script nonce="n">x</script></body></html>';
  it("gives a 404 document the not-found text and a language", () => {
    const html = fillErrorDocument(empty, 404);
    expect(html).toContain('<html id="__next_error__" lang="en-GB"');
    expect(html).toContain("<h1");
    expect(html).toContain("Page not found");
    expect(html).toContain("<title>Page not found");
    expect(html).toContain('<script nonce="n">x</script>');
  });
  it("gives any other error the service's problem text", () => {
    expect(fillErrorDocument(empty, 500)).toContain("Sorry, there is a problem with the service");
  });
  it("leaves real pages alone", () => {
    const page = '<!DOCTYPE html><html lang="en-GB"><body><h1>Footprints</h1></body></html>';
    expect(fillErrorDocument(page, 404)).toBe(page);
  });
});

describe("findBrowser", () => {
  it("takes CHROME_PATH when it runs, and says so when it does not", () => {
    expect(findBrowser({ env: { CHROME_PATH: "/bin/true" }, candidates: [] })).toBe("/bin/true");
    expect(
      findBrowser({
        env: { CHROME_PATH: "/no/such/browser" },
        candidates: ["/bin/true"],
      }),
    ).toBeNull();
  });
  it("otherwise takes the first usual place that has a working browser", () => {
    expect(
      findBrowser({
        env: {},
        candidates: ["/no/such", "/bin/false", "/bin/true"],
      }),
    ).toBe("/bin/true");
    expect(findBrowser({ env: {}, candidates: ["/no/such"] })).toBeNull();
  });
});
