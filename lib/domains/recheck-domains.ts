import "server-only";
import { listIdentities } from "../aws/identities";
import { mapLimit } from "../util/map-limit";
import { latestDomainChecks } from "./domain-check-store";
import { allPassing, partChanges, partStatuses, type PartChange } from "./part-statuses";
import { recheckDue } from "./recheck-due";
import { runDomainCheck } from "./run-domain-check";

export type RecheckResult = {
  checked: { domain: string; verdict: string; changes: PartChange[]; checkedAt: string }[];
  /** Passing domains checked less than a day ago. */
  skipped: string[];
  failed: { domain: string; error: string }[];
};

/**
 * The collector's automatic re-check: every domain identity of the region that
 * is not passing yet (or never checked) on every run and bypassing the DNS cache,
 * passing ones once a day.
 * `changes` lists each part whose status moved since the previous check, for
 * the alert channels. A failure of one domain does not stop the others.
 */
export async function recheckDomains(region: string, { now = new Date() } = {}): Promise<RecheckResult> {
  const domains = (await listIdentities(region)).filter((i) => i.type !== "EMAIL_ADDRESS").map((i) => i.name);
  const latest = await latestDomainChecks(region, domains);
  const result: RecheckResult = { checked: [], skipped: [], failed: [] };
  const due = domains.filter((d) => {
    const isDue = recheckDue(latest.get(d), now);
    if (!isDue) result.skipped.push(d);
    return isDue;
  });
  await mapLimit(due, 3, async (domain) => {
    try {
      const before = latest.get(domain);
      // A domain not passing yet is one someone is fixing: its answers are asked afresh, not taken from the
      // answers cached when the records were still missing (a negative answer is cached for the SOA minimum).
      const waiting = !before || !allPassing(partStatuses(before));
      const stored = await runDomainCheck(region, domain, { fresh: waiting });
      const changes = partChanges(before ? partStatuses(before) : undefined, partStatuses(stored));
      result.checked.push({ domain, verdict: stored.check.verdict, changes, checkedAt: stored.checkedAt });
    } catch (e) {
      result.failed.push({ domain, error: e instanceof Error ? e.message : String(e) });
    }
  });
  return result;
}
