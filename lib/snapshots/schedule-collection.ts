import "server-only";
import { env } from "../env";
import { collectAll, collectionLabel } from "./collect-all";

/** Collects at start and then every COLLECT_INTERVAL_MINUTES, inside the server process. */
export function scheduleCollection(): void {
  const run = () =>
    void collectAll("schedule").then(
      (results) => results.filter((r) => r.status === "failed").forEach((r) => console.error(`Collection of ${collectionLabel(r)} failed: ${r.error}`)),
      (e: unknown) => console.error("Collection failed:", (e as Error).message),
    );
  run();
  setInterval(run, env().COLLECT_INTERVAL_MINUTES * 60_000).unref();
}
