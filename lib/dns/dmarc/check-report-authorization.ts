import { finding, normalizeName, txtStrings, unreachable, type Finding } from "../findings";
import type { DnsLookup } from "../types";
import type { DmarcRecord } from "./dmarc-types";
import { orgDomainByPsl } from "./organizational-domain";

/**
 * RFC 7489 §7.1 (RFC 9990 §3): a report destination in another organizational
 * domain must publish `<policy domain>._report._dmarc.<destination>` TXT
 * v=DMARC1, or receivers drop the reports. Wildcard `*._report._dmarc.` also
 * counts, and the lookup answers for it like any name.
 */
export async function checkReportAuthorization(policyDomain: string, record: DmarcRecord, lookup: DnsLookup): Promise<Finding[]> {
  const own = orgDomainByPsl(policyDomain);
  const destinations = new Map<string, string[]>();
  for (const { address, uri } of [...record.rua, ...record.ruf]) {
    const host = address?.split("@")[1];
    if (!host || orgDomainByPsl(host) === own) continue;
    const dest = normalizeName(host);
    destinations.set(dest, [...(destinations.get(dest) ?? []), uri]);
  }
  const checks = [...destinations].map(async ([dest, uris]): Promise<Finding | null> => {
    const name = `${normalizeName(policyDomain)}._report._dmarc.${dest}`;
    const answer = await lookup(name, "TXT");
    if (answer.status === "error") return unreachable(answer, `the report authorization for ${dest}`);
    if (txtStrings(answer).some((t) => /^v[ \t]*=[ \t]*DMARC1[ \t]*(;|$)/.test(t))) return null;
    return finding(
      "dmarc.external-report-unauthorized",
      "warning",
      `Reports go to ${uris.join(", ")}, in another organization's domain, which has not authorized them: there is no TXT "v=DMARC1" at ${name}, so receivers will not send those reports.`,
      `Ask the operator of ${dest} to publish TXT ${name} "v=DMARC1" (report services do this when you add the domain), or send reports to an address under ${own}.`,
    );
  });
  return (await Promise.all(checks)).filter((f): f is Finding => f !== null);
}
