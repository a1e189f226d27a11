import "server-only";
import { db } from "../db/client";
import type { HistoryPoint } from "./summarize-history";
import { partStatuses, type StoredDomainCheck } from "./part-statuses";

/** Writes one check run as a DomainCheck row (the per-part columns are the statuses the list and history show). */
export async function storeDomainCheck(stored: StoredDomainCheck): Promise<void> {
  const parts = partStatuses(stored);
  await db().domainCheck.create({
    data: {
      region: stored.region,
      domain: stored.check.domain,
      checkedAt: new Date(stored.checkedAt),
      verdict: stored.check.verdict,
      spfStatus: parts.spf.status,
      dkimStatus: parts.dkim.status,
      dmarcStatus: parts.dmarc.status,
      mailFromStatus: parts.mailFrom.status,
      result: JSON.stringify(stored),
    },
  });
}

const parse = (row: { result: string }) => JSON.parse(row.result) as StoredDomainCheck;

export async function latestDomainCheck(region: string, domain: string): Promise<StoredDomainCheck | undefined> {
  const row = await db().domainCheck.findFirst({ where: { region, domain }, orderBy: { checkedAt: "desc" } });
  return row ? parse(row) : undefined;
}

/** The latest check of each domain of the region. */
export async function latestDomainChecks(region: string, domains: string[]): Promise<Map<string, StoredDomainCheck>> {
  const latest = await Promise.all(domains.map(async (d) => [d, await latestDomainCheck(region, d)] as const));
  return new Map(latest.filter((e): e is readonly [string, StoredDomainCheck] => e[1] !== undefined));
}

/** The part statuses of every check of a domain, oldest first (bounded: a pending domain is checked at most every collection). */
export async function domainCheckHistory(region: string, domain: string, limit = 5000): Promise<HistoryPoint[]> {
  const rows = await db().domainCheck.findMany({
    where: { region, domain },
    orderBy: { checkedAt: "desc" },
    take: limit,
    select: { checkedAt: true, verdict: true, spfStatus: true, dkimStatus: true, dmarcStatus: true, mailFromStatus: true },
  });
  return rows.reverse().map((r) => ({
    at: r.checkedAt.toISOString(),
    verdict: r.verdict,
    parts: { spf: r.spfStatus, dkim: r.dkimStatus, dmarc: r.dmarcStatus, mailFrom: r.mailFromStatus },
  }));
}

/**
 * Deletes the region's checks older than `cutoff` except each domain's newest, which the domain list, the
 * records export and GET /api/domains/<d>/check read. Every fresh check writes a row; this bounds them.
 */
export async function pruneDomainChecks(region: string, cutoff: Date): Promise<number> {
  const newest = await db().domainCheck.groupBy({ by: ["domain"], where: { region }, _max: { checkedAt: true } });
  const keep = newest
    .filter((g) => g._max.checkedAt && g._max.checkedAt < cutoff)
    .map((g) => ({ domain: g.domain, checkedAt: g._max.checkedAt! }));
  const done = await db().domainCheck.deleteMany({
    where: { region, checkedAt: { lt: cutoff }, ...(keep.length ? { NOT: { OR: keep } } : {}) },
  });
  return done.count;
}
