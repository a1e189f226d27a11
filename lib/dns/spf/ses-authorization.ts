import type { DnsLookup } from "../types";
import { checkHost } from "./check-host";
import type { SpfResult } from "./spf-types";

/**
 * One address from each block of amazonses.com's published SPF record
 * (v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20
 * ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19
 * ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all).
 * The first, 54.240.8.1 (54.240.0.0/18, the block of the a8-*.smtp-out.amazonses.com hosts),
 * is the representative SES sender; the others catch a record that lists only some
 * blocks by hand instead of including amazonses.com. Every commercial region sends
 * from addresses inside that one record, so the region does not change the sample.
 */
export const SES_SAMPLE_IPS = [
  "54.240.8.1",
  "199.255.192.1",
  "199.127.232.1",
  "69.169.224.1",
  "23.249.208.1",
  "23.251.224.1",
  "76.223.176.1",
  "54.240.64.1",
  "54.240.96.1",
  "76.223.128.1",
  "216.221.160.1",
  "206.55.144.1",
];

export type SesAuthorization = {
  /** true: check_host() passes for every sample; false: it does not for some; null: could not be decided (DNS error). */
  authorized: boolean | null;
  results: { ip: string; result: SpfResult; reason: string }[];
  reason: string;
};

/** Whether SPF authorizes SES to send with this MAIL FROM domain, decided by evaluation (RFC 7208 check_host()). */
export async function isSesAuthorized(domain: string, region: string, lookup: DnsLookup): Promise<SesAuthorization> {
  const mailFrom = `postmaster@${domain}`;
  const helo = `${region}.amazonses.com`;
  // The first evaluation fills the lookup's cache, so the others are answered from it.
  const first = await checkHost({ ip: SES_SAMPLE_IPS[0]!, mailFrom, helo }, { lookup });
  const rest = await Promise.all(SES_SAMPLE_IPS.slice(1).map((ip) => checkHost({ ip, mailFrom, helo }, { lookup })));
  const results = [first, ...rest].map((r, i) => ({ ip: SES_SAMPLE_IPS[i]!, result: r.result, reason: r.reason }));
  const failing = results.filter((r) => r.result !== "pass");
  if (failing.some((r) => r.result === "temperror")) {
    const t = failing.find((r) => r.result === "temperror")!;
    return { authorized: null, results, reason: `could not evaluate: ${t.reason}` };
  }
  if (failing.length === 0) return { authorized: true, results, reason: `SPF of ${domain} gives pass for SES's sending addresses` };
  const f = failing[0]!;
  const which = failing.length === results.length ? "SES's sending addresses" : `${failing.length} of ${results.length} SES address blocks (e.g. ${f.ip})`;
  return { authorized: false, results, reason: `SPF of ${domain} gives ${f.result} for ${which}: ${f.reason}` };
}
