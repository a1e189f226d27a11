import { easyDkimName, easyDkimTarget, relativeToZone } from "../dkim/inspect-dkim-record";
import { feedbackHost } from "../mail-from/check-mail-from";
import type { DnsRecordSpec } from "./dns-record-spec";

/** The three Easy DKIM CNAMEs of an identity, with each name relative to the zone for hosts that append it. */
export function generateEasyDkimRecords(domain: string, tokens: string[]): Array<DnsRecordSpec & { relativeName: string }> {
  return tokens.map((t) => {
    const name = easyDkimName(t, domain);
    return { name, relativeName: relativeToZone(name, domain), type: "CNAME" as const, value: easyDkimTarget(t) };
  });
}

/** A custom MAIL FROM domain's records: exactly one MX to SES's feedback host of the region, and SPF for SES. */
export function generateMailFromRecords(mailFromDomain: string, region: string): DnsRecordSpec[] {
  const name = mailFromDomain.toLowerCase().replace(/\.$/, "");
  return [
    { name, type: "MX", value: { preference: 10, exchange: feedbackHost(region) } },
    { name, type: "TXT", value: "v=spf1 include:amazonses.com ~all" },
  ];
}
