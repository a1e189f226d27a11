/**
 * The one interface every DNS check is written against. The real client
 * (UDP with TCP fallback, to the configured or the authoritative servers)
 * implements it, and so can a test that answers from zone data in memory:
 * the checkers never know which one they talk to.
 */
export type RecordType = "A" | "AAAA" | "TXT" | "SPF" | "MX" | "CNAME" | "PTR" | "NS" | "SOA";

export type MxRecord = { preference: number; exchange: string };
export type SoaRecord = {
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  /** RFC 2308: the negative-caching TTL is min(SOA TTL, this field). */
  minimum: number;
};

/** Values as strings except MX and SOA. TXT keeps its character-strings apart: RFC 7208 §3.3 joins them without spaces. */
export type RecordData = string | string[] | MxRecord | SoaRecord;

export type DnsAnswer = {
  name: string;
  type: RecordType;
  /**
   * ok: records of the type were found (possibly after following CNAMEs).
   * nxdomain: the name does not exist. nodata: it exists without this type.
   * Both of those are "void" lookups in SPF terms (RFC 7208 §4.6.4).
   * error: timeout, SERVFAIL, REFUSED or a malformed reply: never a verdict.
   */
  status: "ok" | "nxdomain" | "nodata" | "error";
  records: RecordData[];
  /** CNAMEs followed to reach the answer, in order (owner → target). */
  cnames: { name: string; target: string }[];
  /** Seconds the answer may be cached: the smallest record TTL, or the SOA negative TTL. */
  ttl: number;
  /** Which server answered, "host:port". */
  server: string;
  error?: string;
};

export type DnsLookup = (name: string, type: RecordType) => Promise<DnsAnswer>;
