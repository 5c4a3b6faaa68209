import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("clientAddress", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(
      clientAddress({ socketAddress: "198.51.100.7", forwardedFor: "1.2.3.4", trusted: [] }),
    ).toBe("198.51.100.7");
  });

  it("reads an IPv4 client on an IPv6 socket as IPv4", () => {
    expect(
      clientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: null, trusted: [] }),
    ).toBe("127.0.0.1");
  });

  it("behind a trusted proxy, is the hop that proxy appended", () => {
    expect(
      clientAddress({
        socketAddress: "10.0.0.1",
        forwardedFor: "6.6.6.6, 198.51.100.7",
        trusted: ["10.0.0.1"],
      }),
    ).toBe("198.51.100.7");
  });

  it("walks through a chain of trusted proxies, by address or range", () => {
    expect(
      clientAddress({
        socketAddress: "10.0.0.1",
        forwardedFor: "6.6.6.6, 203.0.113.9, 10.1.2.3",
        trusted: ["10.0.0.1", "10.1.0.0/16"],
      }),
    ).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a socket that is not a trusted proxy", () => {
    expect(
      clientAddress({
        socketAddress: "198.51.100.7",
        forwardedFor: "10.0.0.1",
        trusted: ["10.0.0.1"],
      }),
    ).toBe("198.51.100.7");
  });

  it("takes the outermost hop when every hop is trusted, and knows nothing without a socket", () => {
    expect(
      clientAddress({
        socketAddress: "10.0.0.2",
        forwardedFor: "10.0.0.3",
        trusted: ["10.0.0.0/8"],
      }),
    ).toBe("10.0.0.3");
    expect(clientAddress({ socketAddress: null, forwardedFor: "1.2.3.4", trusted: [] })).toBeNull();
  });

  it("handles IPv6 proxies", () => {
    expect(
      clientAddress({
        socketAddress: "fd00::1",
        forwardedFor: "2001:db8::5",
        trusted: ["fd00::/8"],
      }),
    ).toBe("2001:db8::5");
  });
});
