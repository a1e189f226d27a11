import { checkAlignment, type Alignment } from "./alignment/check-alignment";
import type { SesIdentityState } from "./alignment/ses-state";
import { checkDkim } from "./dkim/check-dkim";
import type { DkimRecordRow } from "./dkim/dkim-findings";
import { checkDmarc } from "./dmarc/check-dmarc";
import type { DmarcPolicy, DmarcSource } from "./dmarc/dmarc-types";
import { finding, normalizeName, UNREACHABLE, type Finding, type SectionStatus } from "./findings";
import { checkMailFrom } from "./mail-from/check-mail-from";
import { oncePerCheck } from "./once-per-check";
import type { CheckSpf, SpfSection } from "./mail-from/spf-seam";
import { checkSpf as checkSpfRecord, type CheckSpfOptions } from "./spf/check-spf";
import type { DnsLookup } from "./types";

export type { Finding, SesIdentityState, SpfSection };

export type DomainCheckInput = {
  domain: string;
  region: string;
  dkimTokens: string[];
  mailFromDomain?: string;
  ses?: SesIdentityState;
  lookup: DnsLookup;
  /** Replaces the SPF checker of lib/dns/spf (see mail-from/spf-seam.ts). */
  checkSpf?: CheckSpf;
};

/** The JSON contract of `check-domain --json` and GET /api/domains/<domain>/check. */
export type DomainCheck = {
  domain: string;
  /** fail: something is an error; unknown: some part could not be checked; warn: warnings only; pass: nothing to fix. */
  verdict: "pass" | "warn" | "fail" | "unknown";
  spf: SpfSection;
  dkim: { status: SectionStatus; records: DkimRecordRow[]; findings: Finding[] };
  /** source: absent in checks stored before it was added; "psd" is a public suffix operator's policy (RFC 9091). */
  dmarc: { status: SectionStatus; record: string | null; policy: DmarcPolicy | null; source?: DmarcSource | null; findings: Finding[] };
  mailFrom: { status: SectionStatus; findings: Finding[] };
  alignment: Alignment;
  /**
   * With a custom MAIL FROM, the domain's own SPF: SES mail is judged at the MAIL FROM
   * (spf above), but what the domain's other senders send is judged here.
   */
  apexSpf?: SpfSection;
};

export function verdictOf(findings: Finding[]): DomainCheck["verdict"] {
  if (findings.some((f) => f.severity === "error" && f.code !== UNREACHABLE)) return "fail";
  if (findings.some((f) => f.code === UNREACHABLE)) return "unknown";
  return findings.some((f) => f.severity === "warning") ? "warn" : "pass";
}

const dnsState = (ok: boolean, findings: Finding[]) => (findings.some((f) => f.code === UNREACHABLE) ? "unknown" : ok ? "ok" : "bad");

/**
 * Everything SES needs from a domain's DNS, checked at once: the independent
 * queries (DKIM, DMARC, SPF and the MAIL FROM MX) run in parallel; the SES
 * state, when given, is set beside the DNS view.
 */
export async function checkDomain({
  domain,
  region,
  dkimTokens,
  mailFromDomain,
  ses,
  lookup: ask,
  checkSpf,
}: DomainCheckInput): Promise<DomainCheck> {
  const name = normalizeName(domain);
  const lookup = oncePerCheck(ask);
  const mailFromName = mailFromDomain ? normalizeName(mailFromDomain) : undefined;
  // Only the tree's section fields: the JSON contract has no room for the SPF checker's tree.
  const spfSection = (d: string, role: CheckSpfOptions["role"]) =>
    (checkSpf ?? ((target, l) => checkSpfRecord(target, l, { region, role })))(d, lookup).then(
      ({ status, record, lookups, voidLookups, sesAuthorized, findings }): SpfSection => ({
        status,
        record,
        lookups,
        voidLookups,
        sesAuthorized,
        findings,
      }),
    );
  const spfPromise = spfSection(mailFromName ?? name, mailFromName ? "mail-from" : "apex");
  const [dkim, dmarc, spf, mailFrom, apexSpf] = await Promise.all([
    checkDkim({ domain: name, tokens: dkimTokens, ses, lookup }),
    checkDmarc(name, lookup),
    spfPromise,
    checkMailFrom({ domain: name, mailFromDomain, region, ses, spf: mailFromName ? spfPromise : null, lookup }),
    mailFromName ? spfSection(name, "apex-beside-mail-from") : undefined,
  ]);
  const own = `This is ${name}'s own SPF record: it governs your other senders, not SES`;
  (apexSpf ?? spf).findings.push(
    finding(
      "spf.not-used-by-ses",
      "info",
      mailFromName
        ? `${own}, which sends with the MAIL FROM ${mailFromName}. Its errors still make your other mail fail SPF.`
        : `${own}, whose MAIL FROM is under amazonses.com until a custom MAIL FROM is set.`,
      "",
    ),
  );
  const dkimDnsOk =
    dkim.states.length > 0 &&
    dkim.states.every((s) => s.state === "ok") &&
    !dkim.findings.some((f) => f.code.startsWith("dkim.key-") && f.severity === "error");
  const alignment = checkAlignment({
    fromDomain: name,
    identityDomain: name,
    dmarc: { state: dmarc.state, adkim: dmarc.parsed?.adkim ?? "r", aspf: dmarc.parsed?.aspf ?? "r" },
    dkim: { signingEnabled: ses?.signingEnabled, sesStatus: ses?.dkimStatus, dns: dnsState(dkimDnsOk, dkim.findings) },
    mailFrom: {
      domain: mailFromName,
      sesStatus: ses?.mailFromStatus,
      dns: dnsState(mailFrom.dnsOk, mailFrom.findings),
      spfAuthorizesSes: spf.sesAuthorized,
    },
  });
  const result: DomainCheck = {
    domain: name,
    verdict: "pass",
    spf,
    dkim: { status: dkim.status, records: dkim.records, findings: dkim.findings },
    dmarc: { status: dmarc.status, record: dmarc.record, policy: dmarc.policy, source: dmarc.source, findings: dmarc.findings },
    mailFrom: { status: mailFrom.status, findings: mailFrom.findings },
    alignment,
    ...(apexSpf ? { apexSpf } : {}),
  };
  result.verdict = verdictOf(allFindings(result));
  return result;
}

export function allFindings(c: DomainCheck): Finding[] {
  return [
    ...c.spf.findings,
    ...(c.apexSpf?.findings ?? []),
    ...c.dkim.findings,
    ...c.dmarc.findings,
    ...c.mailFrom.findings,
    ...c.alignment.findings,
  ];
}
