/** graphile-worker's log lines, prefixed like the portal's own and without its debug chatter. */
import { Logger } from "graphile-worker";

export function workerLogger({ quiet = false }: { quiet?: boolean } = {}): Logger {
  return new Logger(() => (level, message) => {
    if (level === "debug") return;
    if (quiet && level === "info") return;
    const line = `[worker] ${message}`;
    if (level === "error") console.error(line);
    else if (level === "warning") console.warn(line);
    else console.info(line);
  });
}
