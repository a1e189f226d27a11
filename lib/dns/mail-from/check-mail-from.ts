import { finding, normalizeName, sameName, sectionStatus, unreachable, type Finding, type SectionStatus } from "../findings";
import type { SesIdentityState } from "../alignment/ses-state";
import type { DnsLookup, MxRecord } from "../types";
import { mailFromSesFindings } from "./mail-from-ses-findings";
import type { SpfSection } from "./spf-seam";

export type MailFromCheck = { status: SectionStatus; findings: Finding[]; dnsOk: boolean };

export const feedbackHost = (region: string) => `feedback-smtp.${region}.amazonses.com`;

/** Exactly one MX, `10 feedback-smtp.<region>.amazonses.com` (SES mail-from.md: more than one makes the setup fail). */
export function mxFindings(mailFrom: string, region: string, mx: MxRecord[]): Finding[] {
  const host = feedbackHost(region);
  const fix = `Publish exactly one MX record at ${mailFrom}: 10 ${host}`;
  if (mx.length === 0)
    return [
      finding(
        "mailfrom.missing-mx",
        "error",
        `No MX record at ${mailFrom}: SES cannot use it as MAIL FROM, and bounces have nowhere to go.`,
        fix,
      ),
    ];
  if (mx.length > 1) {
    const list = mx.map((m) => `${m.preference} ${m.exchange}`).join(", ");
    return [
      finding(
        "mailfrom.multiple-mx",
        "error",
        `${mailFrom} has ${mx.length} MX records (${list}); SES requires exactly one, or the custom MAIL FROM setup fails.`,
        `${fix}, and remove the others.`,
      ),
    ];
  }
  const [only] = mx as [MxRecord];
  const other = /^feedback-smtp\.([a-z0-9-]+)\.amazonses\.com$/i.exec(only.exchange);
  if (!sameName(only.exchange, host)) {
    const why = other ? `the feedback host of region ${other[1]}, not of ${region} where this identity lives` : "not SES's feedback host";
    return [finding("mailfrom.wrong-mx", "error", `The MX at ${mailFrom} points to ${only.exchange}: ${why}.`, fix)];
  }
  if (only.preference !== 10) {
    return [finding("mailfrom.wrong-mx", "warning", `The MX at ${mailFrom} has preference ${only.preference}; SES documents 10.`, fix)];
  }
  return [];
}

function spfFindings(mailFrom: string, spf: SpfSection | null): Finding[] {
  const fix = `Publish one TXT record at ${mailFrom}: "v=spf1 include:amazonses.com ~all" (or add include:amazonses.com to the existing SPF record there).`;
  if (!spf || spf.findings.some((f) => f.code === "dns.unreachable")) return [];
  const several = spf.findings.some((f) => f.code === "spf.multiple-records");
  if (spf.record === null && !several) {
    return [
      finding(
        "mailfrom.spf-missing",
        "error",
        `No SPF record at ${mailFrom}: receivers cannot tell that SES may send with this MAIL FROM, so SPF fails and cannot align for DMARC.`,
        fix,
      ),
    ];
  }
  if (spf.sesAuthorized === false || several) {
    const why = several
      ? "it publishes more than one SPF record, a permanent error"
      : "check_host() does not give pass for SES's sending addresses";
    return [
      finding(
        "mailfrom.spf-missing",
        "error",
        `The SPF of ${mailFrom} does not authorize SES: ${why} (see the SPF findings).`,
        several ? `Merge the records into one TXT record at ${mailFrom} that includes amazonses.com.` : fix,
      ),
    ];
  }
  return [];
}

/**
 * The custom MAIL FROM domain: its MX, its SPF (from the SPF checker, run on
 * the MAIL FROM domain) and SES's status and BehaviorOnMxFailure beside them.
 */
export async function checkMailFrom({
  domain,
  mailFromDomain,
  region,
  ses,
  spf,
  lookup,
}: {
  domain: string;
  mailFromDomain?: string;
  region: string;
  ses?: SesIdentityState;
  /** The SPF check of the MAIL FROM domain, possibly still running: the MX query does not wait for it. */
  spf: SpfSection | null | Promise<SpfSection | null>;
  lookup: DnsLookup;
}): Promise<MailFromCheck> {
  if (!mailFromDomain) {
    const findings = [
      finding(
        "mailfrom.not-configured",
        "info",
        `No custom MAIL FROM domain: SES sends with a MAIL FROM under amazonses.com, so SPF passes but can never align with ${domain}, and DMARC rests on DKIM alone.`,
        `Set a custom MAIL FROM subdomain such as mail.${domain} (SES v2 PutEmailIdentityMailFromAttributes), then publish its MX and SPF records.`,
      ),
    ];
    return { status: "ok", findings, dnsOk: false };
  }
  const mailFrom = normalizeName(mailFromDomain);
  const findings: Finding[] = [];
  if (!mailFrom.endsWith(`.${normalizeName(domain)}`)) {
    findings.push(
      finding(
        "mailfrom.not-subdomain",
        "error",
        `${mailFrom} is not a subdomain of ${domain}; SES requires the MAIL FROM domain to be one.`,
        `Choose a subdomain such as mail.${domain}.`,
      ),
    );
  }
  const [mx, spfResult] = await Promise.all([lookup(mailFrom, "MX"), spf]);
  if (mx.status === "error") findings.push(unreachable(mx, `the MX record of ${mailFrom}`));
  else {
    if (mx.cnames.length > 0) {
      findings.push(
        finding(
          "mailfrom.cname",
          "error",
          `${mailFrom} is a CNAME (to ${mx.cnames[0]!.target}); a CNAME cannot stand beside the MX and TXT records SES needs there.`,
          `Delete the CNAME at ${mailFrom} and publish the MX and TXT records directly.`,
        ),
      );
    }
    findings.push(...mxFindings(mailFrom, region, mx.status === "ok" ? (mx.records as MxRecord[]) : []));
  }
  findings.push(...spfFindings(mailFrom, spfResult));
  const dnsOk = mx.status !== "error" && !findings.some((f) => f.severity === "error");
  findings.push(...mailFromSesFindings(mailFrom, dnsOk, mx.status === "error", ses));
  return { status: sectionStatus(findings), findings, dnsOk };
}
