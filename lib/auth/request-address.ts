import "server-only";
import { env } from "../env";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "../http/client-address";

/**
 * The client address of a request, from its headers: the socket address scripts/serve.ts passes
 * on, and X-Forwarded-For read only through the proxies TRUST_PROXY names. Null under `next dev`,
 * which has no such server in front of it.
 */
export function requestClientAddress(header: (name: string) => string | null | undefined) {
  return clientAddress({
    socketAddress: header(SOCKET_ADDRESS_HEADER),
    forwardedFor: header("x-forwarded-for"),
    trusted: env().TRUST_PROXY,
  });
}
