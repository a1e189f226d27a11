import "server-only";
import { withAccount } from "../accounts/account-context";
import { listAccounts } from "../accounts/account-registry";
import { env } from "../env";
import { configuredRegions } from "../settings/regions";
import { applyRetention } from "./apply-retention";
import { slotOf } from "./claim-run";
import { collectRegion, type CollectResult } from "./collect-region";

/**
 * One collection of every watched account in every configured region, each inside its
 * account's context. Scheduled collections claim the current interval first, so several
 * instances (or a cron job beside them) store each interval once; the winner also applies retention.
 */
export async function collectAll(trigger: "schedule" | "cli", now = new Date()): Promise<CollectResult[]> {
  const slot = slotOf(now, env().COLLECT_INTERVAL_MINUTES);
  const [accounts, regions] = await Promise.all([listAccounts(), configuredRegions()]);
  const runs = accounts.flatMap((account) =>
    regions.map((region) =>
      withAccount(account, async (): Promise<CollectResult> => {
        const result = await collectRegion(region, { trigger, slot });
        if (result.status !== "skipped") await applyRetention(region, now);
        return { ...result, account: account.id };
      }),
    ),
  );
  return Promise.all(runs);
}
