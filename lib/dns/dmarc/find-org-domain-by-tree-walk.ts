import { normalizeName } from "../findings";
import type { DnsLookup } from "../types";
import { fetchDmarcAt } from "./fetch-dmarc-at";
import { dmarcWalkNames } from "./organizational-domain";

/**
 * RFC 9989 §4.10.2: walk up from the domain; a record with psd=n makes its
 * domain the organizational domain, psd=y (a public suffix operator) makes it
 * the name one label below; otherwise the shortest name holding a valid
 * record wins, and with none at all the domain is its own.
 */
export async function findOrgDomainByTreeWalk(domain: string, lookup: DnsLookup): Promise<string> {
  const names = dmarcWalkNames(domain);
  let shortestWithRecord: string | null = null;
  for (const [i, name] of names.entries()) {
    const here = await fetchDmarcAt(name, lookup);
    if (here.kind !== "one" || !here.parsed?.ok) continue;
    const { psd } = here.parsed.record;
    if (psd === "n") return name;
    if (psd === "y") return i === 0 ? name : oneLabelBelow(name, normalizeName(domain));
    shortestWithRecord = name;
  }
  return shortestWithRecord ?? normalizeName(domain);
}

/** The name with one more label than `ancestor` on the way down to `domain`. */
function oneLabelBelow(ancestor: string, domain: string): string {
  const labels = domain.split(".");
  const depth = ancestor.split(".").length + 1;
  return labels.slice(-depth).join(".");
}
