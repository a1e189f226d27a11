import { normalizeName } from "../findings";
import type { DnsLookup } from "../types";
import { fetchDmarcAt, type DmarcAtName } from "./fetch-dmarc-at";
import { dmarcWalkNames, orgDomainByPsl } from "./organizational-domain";

export type DmarcDiscoveryMethod = "tree-walk" | "psl";

export type DmarcDiscovery = {
  domain: string;
  /** Where discovery stopped: the DMARC record's name, the first failed query, or null when nothing was found. */
  at: DmarcAtName | null;
  /** Every name asked, in order, with what it held. */
  visited: DmarcAtName[];
};

/**
 * Finds the DMARC record that applies to mail from `domain`: `_dmarc.<domain>`
 * first, then either the RFC 9989 §4.10 tree walk or RFC 7489's organizational
 * domain from the public suffix list. Stops at the first name holding DMARC
 * records (one, or several: RFC 9989 §4.10 step 2 discards the set without
 * falling back) and at the first query that fails, which is no verdict.
 */
export async function discoverDmarcRecord(
  domain: string,
  lookup: DnsLookup,
  method: DmarcDiscoveryMethod = "tree-walk",
): Promise<DmarcDiscovery> {
  const name = normalizeName(domain);
  const org = orgDomainByPsl(name);
  const names = method === "tree-walk" ? dmarcWalkNames(name) : [...new Set([name, org])];
  const visited: DmarcAtName[] = [];
  for (const n of names) {
    const here = await fetchDmarcAt(n, lookup);
    visited.push(here);
    if (here.kind !== "none") return { domain: name, at: here, visited };
  }
  return { domain: name, at: null, visited };
}
