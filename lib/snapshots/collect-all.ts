import "server-only";
import { withAccount } from "../accounts/account-context";
import { listAccounts } from "../accounts/account-registry";
import { scopeLabel } from "../accounts/aws-account";
import { env } from "../env";
import { configuredRegions } from "../settings/regions";
import { applyRetention } from "./apply-retention";
import { slotOf } from "./claim-run";
import { readAccountView } from "./account-view";
import { collectRegion, type CollectResult } from "./collect-region";

export const collectionLabel = (r: CollectResult): string => scopeLabel(r);

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

const WATCH_MINUTES = 1;

/**
 * Reads again, every minute, each account and region whose last reading shows AWS working on a change (a
 * review decision, a verification): the outcome reaches every page on its next load without a live AWS call.
 * Watch slots are negative so they never collide with the schedule's interval slots in the claim's unique key.
 */
export async function collectAwaited(now = new Date()): Promise<CollectResult[]> {
  const slot = -slotOf(now, WATCH_MINUTES);
  const [accounts, regions] = await Promise.all([listAccounts(), configuredRegions()]);
  const runs = accounts.flatMap((account) =>
    regions.map((region) =>
      withAccount(account, async (): Promise<CollectResult | null> => {
        const view = await readAccountView(account.id, region);
        if (!view.readiness?.awaiting?.length) return null;
        // A reading within the last minute (the schedule's, or one after a change) already shows the latest.
        if (view.lastGood && now.getTime() - view.lastGood.readAt.getTime() < WATCH_MINUTES * 60_000) return null;
        return { ...(await collectRegion(region, { trigger: "watch", slot })), account: account.id };
      }),
    ),
  );
  return (await Promise.all(runs)).filter((r): r is CollectResult => r !== null);
}
