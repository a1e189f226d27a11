import "server-only";
import { withAccount } from "../accounts/account-context";
import { listAccounts } from "../accounts/account-registry";
import { DEFAULT_ACCOUNT_ID } from "../accounts/aws-account";
import { env } from "../env";
import { configuredRegions } from "../settings/regions";
import { applyRetention } from "./apply-retention";
import { slotOf } from "./claim-run";
import { collectRegion, type CollectResult } from "./collect-region";

/** "us-east-1", or "production-eu/us-east-1" for an account other than the server's own: for logs and the CLI. */
export const collectionLabel = (r: CollectResult): string => (r.account && r.account !== DEFAULT_ACCOUNT_ID ? `${r.account}/${r.region}` : r.region);

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
