import { txtStrings } from "../findings";
import { oncePerCheck } from "../once-per-check";
import type { DnsLookup } from "../types";
import { evaluateSpfRange, type RangeVerdict } from "./evaluate-spf-range";
import { isSpfRecord, parseSpfRecord } from "./parse-spf-record";
import { clientRange, type ClientIp } from "./spf-ip";

/** The domain whose SPF lists the addresses SES sends from, in every commercial region. */
export const SES_SPF_DOMAIN = "amazonses.com";

export type SesAuthorization = {
  /** true: every address of every range SES publishes gets pass; false: some do not; null: could not be decided (DNS error). */
  authorized: boolean | null;
  /** Each of SES's ranges, with the pieces the domain's policy splits it into and their results. */
  ranges: { range: string; pieces: RangeVerdict[] }[];
  reason: string;
};

/** The ranges amazonses.com's SPF passes (+ip4, +ip6, through include and redirect), or why they could not be read. */
async function sesRanges(lookup: DnsLookup, domain = SES_SPF_DOMAIN, depth = 0): Promise<ClientIp[] | string> {
  const answer = await lookup(domain, "TXT");
  if (answer.status === "error") return `DNS error looking up TXT ${domain}: ${answer.error ?? "error"} (${answer.server})`;
  const records = txtStrings(answer).filter(isSpfRecord);
  if (records.length !== 1) return `${domain} publishes ${records.length} SPF records`;
  const parsed = parseSpfRecord(records[0]!);
  if (!parsed.ok) return `the SPF record of ${domain} does not parse: ${parsed.error}`;
  const { mechanisms, redirect } = parsed.record;
  const ranges = mechanisms
    .filter((m) => (m.kind === "ip4" || m.kind === "ip6") && m.qualifier === "+")
    .map((m) => clientRange(m.network!, (m.kind === "ip4" ? m.cidr4 : m.cidr6)!)!);
  const next = [
    ...mechanisms.filter((m) => m.kind === "include").map((m) => m.domainSpec!),
    ...(redirect && !mechanisms.some((m) => m.kind === "all") ? [redirect] : []),
  ];
  for (const target of depth < 3 ? next : []) {
    const more = await sesRanges(lookup, target, depth + 1);
    if (typeof more === "string") return more;
    ranges.push(...more);
  }
  return ranges;
}

/**
 * Whether SPF authorizes SES to send with this MAIL FROM domain: every range
 * amazonses.com publishes must get pass in full from the domain's policy,
 * judged range by range with RFC 7208 check_host() (evaluate-spf-range.ts), so
 * a record listing only parts of those ranges by hand is not authorized.
 */
export async function isSesAuthorized(domain: string, region: string, lookup: DnsLookup): Promise<SesAuthorization> {
  const ask = oncePerCheck(lookup);
  const published = await sesRanges(ask);
  if (typeof published === "string" || published.length === 0) {
    return { authorized: null, ranges: [], reason: `could not read SES's sending ranges: ${published || `${SES_SPF_DOMAIN} lists none`}` };
  }
  const input = { mailFrom: `postmaster@${domain}`, helo: `${region}.amazonses.com` };
  // The first range fetches the domain's records; the others are answered from the same answers.
  const first = await evaluateSpfRange(published[0]!, input, { lookup: ask });
  const rest = await Promise.all(published.slice(1).map((r) => evaluateSpfRange(r, input, { lookup: ask })));
  const ranges = [first, ...rest].map((pieces, i) => ({ range: published[i]!.text, pieces }));
  const temp = ranges.flatMap((r) => r.pieces).find((p) => p.result === "temperror");
  if (temp) return { authorized: null, ranges, reason: `could not evaluate: ${temp.reason}` };
  const failing = ranges.filter((r) => r.pieces.some((p) => p.result !== "pass"));
  if (failing.length === 0)
    return { authorized: true, ranges, reason: `SPF of ${domain} gives pass for every address of SES's ${ranges.length} sending ranges` };
  const { range, pieces } = failing[0]!;
  const piece = pieces.find((p) => p.result !== "pass")!;
  const where = piece.range === range ? `SES's range ${range}` : `${piece.range}, part of SES's range ${range}`;
  const more = failing.length > 1 ? ` (and ${failing.length - 1} more of SES's ${ranges.length} ranges)` : "";
  const gives = piece.result === "undecided" ? "no single result" : piece.result;
  return { authorized: false, ranges, reason: `SPF of ${domain} gives ${gives} for ${where}${more}: ${piece.reason}` };
}
