import "server-only";
import type { CollectResult } from "./collect-region";
import { collectAll, collectAwaited, collectionLabel } from "./collect-all";

const report = (results: CollectResult[]) =>
  results.filter((r) => r.status === "failed").forEach((r) => console.error(`Collection of ${collectionLabel(r)} failed: ${r.error}`));
const fail = (e: unknown) => console.error("Collection failed:", (e as Error).message);

/**
 * Collects at start and then every minute, inside the server process. Each run claims the current
 * COLLECT_INTERVAL_MINUTES interval, so an interval is read once: later runs in it only look at its claim, and
 * retry it if its collector died (the claim expires, see claim-run.ts). Then the regions where AWS is working on a
 * change (a review, a verification) are read again, so its outcome shows on the next load.
 */
export function scheduleCollection(): void {
  void collectAll("schedule").then(report, fail);
  setInterval(
    () =>
      void collectAll("schedule")
        .then(report, fail)
        .then(() => collectAwaited())
        .then(report, fail),
    60_000,
  ).unref();
}
