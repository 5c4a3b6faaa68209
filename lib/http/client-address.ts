import { BlockList, isIP } from "node:net";

/**
 * The header in which scripts/serve.ts passes on the address the connection came from. The server
 * sets it on every request, replacing any a client sent, so code behind it can trust it.
 */
export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

/** "::ffff:192.0.2.1" (an IPv4 client on an IPv6 socket) is 192.0.2.1. */
function normalise(address: string): string {
  const trimmed = address.trim().slice(0, 100);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

function blockListOf(trusted: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address, bits] = entry.split("/");
    const type = isIP(address!) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(bits), type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's own, unless it is one of the `trusted` proxies (addresses
 * or CIDR ranges, from TRUST_PROXY), in which case X-Forwarded-For is read from the nearest hop
 * outwards and the first address that is not a trusted proxy is the client. Entries a client wrote
 * itself sit further out than that and are never believed. Null when the socket is unknown.
 */
export function clientAddress({
  socketAddress,
  forwardedFor,
  trusted,
}: {
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trusted: readonly string[];
}): string | null {
  if (!socketAddress) return null;
  const socket = normalise(socketAddress);
  if (trusted.length === 0) return socket;
  const list = blockListOf(trusted);
  const hops = [...(forwardedFor ?? "").split(",").map(normalise).filter(Boolean), socket];
  for (let index = hops.length - 1; index > 0; index--) {
    if (!isTrusted(list, hops[index]!)) return hops[index]!;
  }
  return hops[0]!;
}
