import "server-only";
import { env } from "../env";
import { configuredRegions } from "../settings/regions";
import { applyRetention } from "./apply-retention";
import { slotOf } from "./claim-run";
import { collectRegion, type CollectResult } from "./collect-region";

/**
 * One collection of every configured region. Scheduled collections claim the
 * current interval first, so several instances (or a cron job beside them)
 * store each interval once; the winner also applies retention.
 */
export async function collectAll(trigger: "schedule" | "cli", now = new Date()): Promise<CollectResult[]> {
  const slot = slotOf(now, env().COLLECT_INTERVAL_MINUTES);
  return Promise.all(
    (await configuredRegions()).map(async (region) => {
      const result = await collectRegion(region, { trigger, slot });
      if (result.status !== "skipped") await applyRetention(region, now);
      return result;
    }),
  );
}
