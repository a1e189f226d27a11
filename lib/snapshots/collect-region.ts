import "server-only";
import { collectReputation } from "../reputation/collect-reputation";
import type { Alert } from "../alerts/detect-alerts";
import { domainStatusAlerts } from "../alerts/domain-alerts";
import { runAlerts } from "../alerts/run-alerts";
import { getAccountState } from "../aws/account-state";
import { callerAccountId } from "../aws/caller-identity";
import { getEventFacts } from "../bounces/event-facts";
import { getDomainDnsFacts } from "../domains/domain-dns-facts";
import { recheckDomains } from "../domains/recheck-domains";
import { readConfirmations } from "../readiness/confirmations";
import { evaluateReadiness } from "../readiness/evaluate-readiness";
import { gatherState, sourced } from "../readiness/gather-state";
import { getFromAddress } from "../settings/from-address";
import { currentAccount } from "../accounts/account-context";
import { readAccountView } from "./account-view";
import { claimRun } from "./claim-run";
import { storeReading } from "./store-reading";

/** schedule: every interval; watch: every minute while AWS is working on a change; manual: after a change made here. */
export type CollectTrigger = "schedule" | "watch" | "manual" | "cli";

export type CollectResult = { account?: string; region: string; status: "stored" | "failed" | "skipped"; error?: string; score?: number };

/**
 * One reading of a region: one GetAccount call, the rest of the gathered
 * state, the checklist, stored together; then the reputation metrics and the
 * alerts they raise. With a slot, the reading happens only if this instance
 * wins the claim for that interval.
 */
export async function collectRegion(region: string, opts: { trigger: CollectTrigger; slot?: number | null }): Promise<CollectResult> {
  const runId = await claimRun(region, opts.slot ?? null, opts.trigger);
  if (!runId) return { region, status: "skipped" };
  const account = await sourced(`sesv2:GetAccount (${region})`, () => getAccountState(region));
  if (!account.ok) {
    await storeReading(region, runId, { ok: false, error: account.error, at: new Date(account.at) });
    return { region, status: "failed", error: account.error };
  }
  // DNS first, so that the checklist judges the records as they are now (pending domains are re-checked every run).
  const recheck = await recheckDomains(region).catch((e: unknown) =>
    console.error(`Collection of ${region}: DNS re-check failed: ${(e as Error).message}`),
  );
  const awsAccountId = await callerAccountId(region);
  const events = await sourced(
    `dashboard's processed SNS notifications and SES events (${region}${awsAccountId ? `, account ${awsAccountId}` : ""})`,
    () => getEventFacts({ region, awsAccountId }),
  );
  const confirmations = await sourced(`dashboard settings: admins' readiness confirmations (${region})`, () => readConfirmations(region));
  const state = await gatherState(region, account, await getFromAddress(), {
    events,
    confirmations,
    dnsFacts: (domain) => getDomainDnsFacts(region, domain),
  });
  const previous = await readAccountView((await currentAccount()).id, region);
  const readiness = evaluateReadiness(state, new Date(), previous.readiness?.danger);
  await storeReading(region, runId, { ok: true, account: account.value, readiness });
  await afterReading(region, recheck ? domainStatusAlerts(region, recheck.checked) : []);
  return { region, status: "stored", score: readiness.score };
}

/** Work that follows a reading; a failure there is logged and never turns a stored reading into a failed one. */
async function afterReading(region: string, domainAlerts: Alert[]): Promise<void> {
  const steps: [string, () => Promise<unknown>][] = [
    ["reputation metrics", () => collectReputation(region)],
    ["alerts", () => runAlerts(region, new Date(), { extra: domainAlerts })],
  ];
  for (const [name, step] of steps) {
    await step().catch((e: unknown) => console.error(`Collection of ${region}: ${name} failed: ${(e as Error).message}`));
  }
}
