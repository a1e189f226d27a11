import "server-only";
import type { DmarcPolicy } from "../dns/dmarc/dmarc-types";
import { generateDmarcRecord } from "../dns/generators/generate-dmarc-record";
import { dnsLookup } from "../dns/resolver";
import { planSpfMerge, type SpfMerge } from "../dns/spf/merge-spf-record";
import type { MxRecord } from "../dns/types";
import { domainCheckHistory, latestDomainCheck } from "./domain-check-store";
import { partStatuses, type PartStatuses, type StoredDomainCheck } from "./part-statuses";
import { recordRows, sesDisagreements, type RecordRow } from "./record-rows";
import { recordsToPublish, type RecordToPublish } from "./records-to-publish";
import { runDomainCheck } from "./run-domain-check";
import { summarizeHistory, type PartHistory } from "./summarize-history";

// A stored check younger than the default record TTL is shown as is; older, the page re-runs it through the TTL cache.
const REUSE_MS = 5 * 60 * 1000;

export type DomainDetail = {
  stored: StoredDomainCheck;
  parts: PartStatuses;
  rows: RecordRow[];
  disagreements: string[];
  toPublish: RecordToPublish[];
  spfMerge: SpfMerge;
  history: PartHistory[];
  checks: number;
};

/** Everything the detail page shows for a domain; runs a (cached) check when none is recent. */
export async function domainDetail(region: string, domain: string, dmarc: { policy: DmarcPolicy; rua?: string }): Promise<DomainDetail> {
  const latest = await latestDomainCheck(region, domain);
  const stored = latest && Date.now() - new Date(latest.checkedAt).getTime() < REUSE_MS ? latest : await runDomainCheck(region, domain);
  const lookup = dnsLookup();
  const [mx, spfMerge, points] = await Promise.all([
    stored.mailFromDomain ? lookup(stored.mailFromDomain, "MX") : null,
    planSpfMerge(stored.check.domain, lookup),
    domainCheckHistory(region, domain),
  ]);
  const reportAddress = dmarc.rua ?? `dmarc-reports@${stored.check.domain}`;
  const dmarcExpected = generateDmarcRecord({ domain: stored.check.domain, policy: dmarc.policy, reportAddress }).value;
  const mxFound =
    mx && mx.status === "ok"
      ? (mx.records as MxRecord[]).map((r) => `${r.preference} ${r.exchange}`)
      : mx && mx.status !== "error"
        ? []
        : null;
  return {
    stored,
    parts: partStatuses(stored),
    rows: recordRows(stored, { mxFound, dmarcExpected }),
    disagreements: sesDisagreements(stored),
    toPublish: recordsToPublish({
      domain: stored.check.domain,
      region,
      dkimTokens: stored.dkimTokens,
      mailFromDomain: stored.mailFromDomain,
      dmarc: { policy: dmarc.policy, reportAddress },
    }),
    spfMerge,
    history: summarizeHistory(points),
    checks: points.length,
  };
}
