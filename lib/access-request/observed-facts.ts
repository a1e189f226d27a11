import type { AccountFacts, CheckStatus, ReadinessResult } from "../readiness/types";
import type { WebsiteProbe } from "./analyze-homepage";

/** What the dashboard has seen of the region, reduced to what the wizard's rules read. */
export type ObservedFacts = {
  region: string;
  /** Absent before the first successful reading. */
  account?: AccountFacts;
  /** Readiness check id → its status and one-line summary. */
  checks: Record<string, { status: CheckStatus; summary: string }>;
  fromAddress?: string;
  /** Absent when the website was not probed (drafts are checked without the network). */
  website?: WebsiteProbe;
};

export function observedFacts(
  region: string,
  view: { lastGood: AccountFacts | null; readiness: ReadinessResult | null },
  fromAddress?: string,
  website?: WebsiteProbe,
): ObservedFacts {
  const checks: ObservedFacts["checks"] = {};
  for (const c of view.readiness?.checks ?? []) checks[c.id] = { status: c.status, summary: c.summary };
  return { region, account: view.lastGood ?? undefined, checks, fromAddress, website };
}

export const isDone = (o: ObservedFacts, id: string) => o.checks[id]?.status === "done";
