import type { DmarcPolicy } from "../dns/dmarc/dmarc-types";
import type { DnsRecordSpec } from "../dns/generators/dns-record-spec";
import { generateDmarcRecord } from "../dns/generators/generate-dmarc-record";
import { generateEasyDkimRecords, generateMailFromRecords } from "../dns/generators/generate-ses-records";

export type RecordToPublish = DnsRecordSpec & { purpose: "DKIM" | "MAIL FROM" | "DMARC"; relativeName?: string };

export type PublishOptions = {
  domain: string;
  region: string;
  dkimTokens: string[];
  mailFromDomain?: string;
  /** Left out when the domain already has a DMARC record (publishing a second one breaks it). */
  dmarc?: { policy: DmarcPolicy; reportAddress?: string } | null;
};

/** Everything SES needs published for an identity: the Easy DKIM CNAMEs, the MAIL FROM MX and SPF, and a DMARC record. */
export function recordsToPublish({ domain, region, dkimTokens, mailFromDomain, dmarc }: PublishOptions): RecordToPublish[] {
  const out: RecordToPublish[] = generateEasyDkimRecords(domain, dkimTokens).map((r) => ({ ...r, purpose: "DKIM" as const }));
  if (mailFromDomain) out.push(...generateMailFromRecords(mailFromDomain, region).map((r) => ({ ...r, purpose: "MAIL FROM" as const })));
  // Without rua no aggregate report arrives, and the rollout cannot be judged: default to an address at the domain.
  if (dmarc)
    out.push({
      ...generateDmarcRecord({ domain, policy: dmarc.policy, reportAddress: dmarc.reportAddress ?? `dmarc-reports@${domain}` }),
      purpose: "DMARC",
    });
  return out;
}

/** A record's value as a person pastes it into a DNS host's form (TXT unquoted, names without the trailing dot). */
export function displayValue(r: DnsRecordSpec): string {
  if (r.type === "MX") return `${r.value.preference} ${r.value.exchange}`;
  return r.value;
}
