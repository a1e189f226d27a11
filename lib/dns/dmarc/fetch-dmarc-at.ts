import { normalizeName, txtStrings } from "../findings";
import type { DnsAnswer, DnsLookup } from "../types";
import type { DmarcParseResult } from "./dmarc-types";
import { parseDmarcRecord } from "./parse-dmarc-record";

/**
 * What one `_dmarc.<name>` TXT query holds. Only records starting exactly
 * `v=DMARC1` are DMARC records (RFC 9989 §4.7: the version is case-sensitive);
 * look-alikes ("v=dmarc1", "v=DMARC1x") are kept apart because receivers
 * ignore them, and so does discovery.
 */
export type DmarcAtName = {
  name: string;
  answer: DnsAnswer;
  kind: "error" | "none" | "one" | "multiple";
  /** The DMARC records found (one for kind "one"). */
  records: string[];
  parsed: DmarcParseResult | null;
  nearMisses: string[];
  unrelated: string[];
};

const DMARC = /^v[ \t]*=[ \t]*DMARC1[ \t]*(;|$)/;
const NEAR_MISS = /^\s*v\s*=\s*dmarc/i;

export async function fetchDmarcAt(name: string, lookup: DnsLookup): Promise<DmarcAtName> {
  const qname = `_dmarc.${normalizeName(name)}`;
  const answer = await lookup(qname, "TXT");
  const texts = txtStrings(answer);
  const records = texts.filter((t) => DMARC.test(t));
  const nearMisses = texts.filter((t) => !DMARC.test(t) && (NEAR_MISS.test(t) || /^v=spf1(\s|$)/i.test(t)));
  const unrelated = texts.filter((t) => !records.includes(t) && !nearMisses.includes(t));
  const kind = answer.status === "error" ? "error" : records.length === 0 ? "none" : records.length === 1 ? "one" : "multiple";
  const parsed = kind === "one" ? parseDmarcRecord(records[0]!, { mode: "rfc9989", receiverView: true }) : null;
  return { name: normalizeName(name), answer, kind, records, parsed, nearMisses, unrelated };
}
