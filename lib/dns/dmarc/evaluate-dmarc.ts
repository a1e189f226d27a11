import { normalizeName } from "../findings";
import type { DnsLookup } from "../types";
import { discoverDmarcRecord } from "./discover-dmarc-record";
import type { AlignmentMode, DmarcPolicy, DmarcRecord } from "./dmarc-types";
import { findOrgDomainByTreeWalk } from "./find-org-domain-by-tree-walk";

export type DmarcEvaluation = {
  result: "pass" | "fail" | "none";
  /** The policy a receiver applies to failing mail (after sp/np and t=y), null without DMARC. */
  policy: DmarcPolicy | null;
  orgDomain: string;
  record: DmarcRecord | null;
  dkimAligned: boolean;
  spfAligned: boolean;
};

/** Strict: the same name. Relaxed: the same organizational domain (RFC 9989 §4.4). */
export async function aligned(a: string, b: string, mode: AlignmentMode, orgDomainOf: (d: string) => Promise<string>): Promise<boolean> {
  if (normalizeName(a) === normalizeName(b)) return true;
  if (mode === "s") return false;
  return (await orgDomainOf(a)) === (await orgDomainOf(b));
}

const SOFTER: Record<DmarcPolicy, DmarcPolicy> = { reject: "quarantine", quarantine: "none", none: "none" };

/**
 * A receiver's DMARC verdict for mail whose From domain is `fromDomain`, given
 * which DKIM d= and SPF MAIL FROM domains passed (RFC 9989 §4.4, §4.10).
 */
export async function evaluateDmarc(
  { fromDomain, dkimPassDomains, spfPassDomains }: { fromDomain: string; dkimPassDomains: string[]; spfPassDomains: string[] },
  lookup: DnsLookup,
): Promise<DmarcEvaluation> {
  const from = normalizeName(fromDomain);
  const orgCache = new Map<string, Promise<string>>();
  const orgDomainOf = (d: string) => {
    const key = normalizeName(d);
    if (!orgCache.has(key)) orgCache.set(key, findOrgDomainByTreeWalk(key, lookup));
    return orgCache.get(key)!;
  };
  const orgDomain = await orgDomainOf(from);
  const found = await discoverDmarcRecord(from, lookup);
  const parsed = found.at?.kind === "one" ? found.at.parsed : null;
  if (!parsed?.ok) return { result: "none", policy: null, orgDomain, record: null, dkimAligned: false, spfAligned: false };
  const record = parsed.record;

  let policy = record.p;
  if (found.at!.name !== from) {
    // A record found above the author domain: sp for names that exist, np for names that do not (RFC 9989 §4.7).
    const exists = (await lookup(from, "A")).status !== "nxdomain";
    policy = exists ? record.sp : record.np;
  }
  if (record.t === "y") policy = SOFTER[policy];

  const anyAligned = async (ids: string[], mode: AlignmentMode) => {
    for (const id of ids) if (await aligned(from, id, mode, orgDomainOf)) return true;
    return false;
  };
  const dkimAligned = await anyAligned(dkimPassDomains, record.adkim);
  const spfAligned = await anyAligned(spfPassDomains, record.aspf);
  return { result: dkimAligned || spfAligned ? "pass" : "fail", policy, orgDomain, record, dkimAligned, spfAligned };
}
