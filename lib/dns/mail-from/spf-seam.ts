import type { Finding, SectionStatus } from "../findings";
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
 * Where the SPF checker plugs into checkDomain: lib/dns/spf's checkSpf by
 * default; a test or the bench can pass another with this signature.
 */
export type CheckSpf = (domain: string, lookup: DnsLookup) => Promise<SpfSection>;
