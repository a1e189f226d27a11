import "server-only";
import { collectRegion, type CollectResult } from "./collect-region";

/**
 * After a change made through the dashboard (a domain added, records published, notifications set up, an alarm
 * created, mail sent, a setting saved): read the region again and store the re-evaluated checklist before the
 * page shows the result, so no page shows the state from before the change. Ordinary page views stay free of
 * AWS calls: they read what this stored. A failed read is stored as a failed reading, which pages show as stale;
 * it never undoes the change.
 */
export async function rereadAfterChange(regions: string | string[]): Promise<CollectResult[]> {
  const list = Array.isArray(regions) ? regions : [regions];
  const results: CollectResult[] = [];
  for (const region of list) results.push(await collectRegion(region, { trigger: "manual" }));
  return results;
}
