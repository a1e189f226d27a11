import "server-only";
import { env } from "../env";
import type { CollectResult } from "./collect-region";
import { collectAll, collectAwaited, collectionLabel } from "./collect-all";

const report = (results: CollectResult[]) => results.filter((r) => r.status === "failed").forEach((r) => console.error(`Collection of ${collectionLabel(r)} failed: ${r.error}`));
const fail = (e: unknown) => console.error("Collection failed:", (e as Error).message);

/**
 * Collects at start and then every COLLECT_INTERVAL_MINUTES, inside the server process; and every minute, the
 * regions where AWS is working on a change (a review, a verification), so its outcome shows on the next load.
 */
export function scheduleCollection(): void {
  const run = () => void collectAll("schedule").then(report, fail);
  run();
  setInterval(run, env().COLLECT_INTERVAL_MINUTES * 60_000).unref();
  setInterval(() => void collectAwaited().then(report, fail), 60_000).unref();
}
