import { finding, normalizeName, txtStrings, unreachable, type Finding, type SectionStatus } from "../findings";
import type { DnsLookup } from "../types";

/** The SPF part of a domain check, as the JSON contract names it. */
export type SpfSection = {
  status: SectionStatus;
  record: string | null;
  lookups: number;
  voidLookups: number;
  /** Whether check_host() gives pass for SES's sending addresses; null when it could not be decided. */
  sesAuthorized: boolean | null;
  findings: Finding[];
};

/**
 * SEAM: the SPF checker of lib/dns/spf (static walk and check_host()
 * evaluation) plugs in here. Until it is wired, this stand-in only reports
 * the record text and leaves the verdict open (status "unknown",
 * sesAuthorized null), so nothing is decided by searching the text.
 */
export type CheckSpf = (domain: string, lookup: DnsLookup) => Promise<SpfSection>;

export const spfNotEvaluated: CheckSpf = async (domain, lookup) => {
  const answer = await lookup(normalizeName(domain), "TXT");
  if (answer.status === "error") {
    return { status: "unknown", record: null, lookups: 0, voidLookups: 0, sesAuthorized: null, findings: [unreachable(answer, `SPF for ${domain}`)] };
  }
  const record = txtStrings(answer).find((t) => /^v=spf1( |$)/i.test(t)) ?? null;
  return {
    status: "unknown",
    record,
    lookups: 0,
    voidLookups: 0,
    sesAuthorized: null,
    findings: [finding("spf.not-evaluated", "info", `SPF for ${domain} was not evaluated: no SPF evaluator is wired into this check.`, "")],
  };
};
