/**
 * The production web server that `npm start` runs: Next's own request handler behind a plain
 * Node HTTP server, for one reason: to give error documents their text without JavaScript
 * (scripts/lib/error-document.ts). Compression happens here, outside that step, because Next's own
 * is turned off (next.config.js `compress: false`) so the step sees the HTML it is filling.
 */
import { createServer, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import { SOCKET_ADDRESS_HEADER } from "../lib/http/client-address.ts";
import { refusalPage } from "../lib/http/refusal-page.ts";
import { isMalformedRouterState } from "../lib/http/router-state.ts";
import { fillErrorDocument } from "./lib/error-document.ts";
import { PROJECT_DIR } from "./lib/database.ts";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: PROJECT_DIR, port });
const handle = app.getRequestHandler();
const compress = compression();

/**
 * Holds back an HTML response with an error status until it ends, then fills in an empty error
 * document. Anything else passes straight through, streamed as Next writes it.
 */
function fillErrorDocuments(res: ServerResponse): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let held: Buffer[] | null | undefined;
  const decide = () => {
    if (held !== undefined) return;
    const type = String(res.getHeader("content-type") ?? "");
    // Once headers are out with a length, the body cannot change; chunked ones still can.
    const fixedLength = res.headersSent && res.getHeader("content-length") !== undefined;
    held = res.statusCode >= 400 && type.startsWith("text/html") && !fixedLength ? [] : null;
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(
            String(chunk),
            typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
          );
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (!held) return write(chunk, ...rest);
    held.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    decide();
    if (!held) return end(chunk, ...rest);
    if (chunk !== undefined && typeof chunk !== "function") held.push(toBuffer(chunk, rest[0]));
    const html = fillErrorDocument(Buffer.concat(held).toString("utf8"), res.statusCode);
    if (!res.headersSent) res.setHeader("content-length", Buffer.byteLength(html));
    const callback = [chunk, ...rest].find((arg) => typeof arg === "function");
    return callback ? end(html, callback) : end(html);
  }) as ServerResponse["end"];
}

await app.prepare();
/** Next's own limit on a server action's body (its default `serverActions.bodySizeLimit`, 1 MB). */
const MAX_BODY_BYTES = 1024 * 1024;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function refuse(res: ServerResponse, status: number, title: string): void {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(refusalPage(title));
}

const server = createServer((req, res) => {
  // The address the connection came from, for sign-in limits (lib/http/client-address.ts). Set
  // on every request, so a value a client sent in this header never survives.
  req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  // A body past Next's limit makes it throw, answered 500 for a plain form post: refuse it here,
  // before it is read, as what it is. Browsers always say how long a form's body is.
  if (WRITES.has(req.method ?? "")) {
    const length = Number(req.headers["content-length"] ?? Number.NaN);
    if (req.headers["transfer-encoding"] && Number.isNaN(length))
      return refuse(res, 411, "The request must say how long it is");
    if (length > MAX_BODY_BYTES) return refuse(res, 413, "What you sent is too long");
  }
  // Next answers a router-state header it cannot parse with a 500; the proxy never sees that
  // header (Next strips it first), so this is the one place that can refuse it.
  if (isMalformedRouterState(req.headers["next-router-state-tree"]))
    return refuse(res, 400, "The request could not be understood");
  compress(req as never, res as never, () => {
    fillErrorDocuments(res);
    void handle(req, res);
  });
});
server.listen(port, () => console.log(`▲ Serving on port ${port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
