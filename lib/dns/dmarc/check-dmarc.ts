import { finding, normalizeName, sectionStatus, unreachable, type Finding, type SectionStatus } from "../findings";
import { dmarcRolloutAdvice } from "../generators/generate-dmarc-record";
import type { DnsLookup } from "../types";
import { checkReportAuthorization } from "./check-report-authorization";
import { discoverDmarcRecord } from "./discover-dmarc-record";
import { PSD_LABEL, type DmarcPolicy, type DmarcRecord, type DmarcSource } from "./dmarc-types";
import { dmarcWarningFindings } from "./dmarc-warning-findings";
import { isPublicSuffix } from "./organizational-domain";

export type DmarcCheck = {
  status: SectionStatus;
  /** The DMARC record that applies, as published. */
  record: string | null;
  /** The policy receivers apply to failing mail from the domain (sp when inherited from a parent). */
  policy: DmarcPolicy | null;
  findings: Finding[];
  parsed: DmarcRecord | null;
  /** Where the record was found, e.g. _dmarc.example.com. */
  location: string | null;
  state: "found" | "missing" | "invalid" | "unknown";
  /** Whose record applies: the domain's own, a parent's, or a public suffix operator's (RFC 9091 PSD DMARC); null without one. */
  source: DmarcSource | null;
};

const PUBLISH = (domain: string) => `Publish a TXT record at _dmarc.${domain}: ${dmarcRolloutAdvice(domain)}`;

/** DMARC for a sending domain: discovery (RFC 9989 tree walk), every tag, policy strength and report destinations. */
export async function checkDmarc(domain: string, lookup: DnsLookup): Promise<DmarcCheck> {
  const name = normalizeName(domain);
  const found = await discoverDmarcRecord(name, lookup);
  const findings: Finding[] = [];
  const base = { record: null, policy: null, parsed: null, location: null, source: null };
  const done = (state: DmarcCheck["state"], rest: Partial<DmarcCheck> = {}): DmarcCheck => ({
    ...base,
    ...rest,
    state,
    findings,
    status: sectionStatus(findings),
  });

  for (const v of found.visited) {
    for (const text of v.nearMisses) {
      findings.push(
        finding(
          "dmarc.syntax",
          "error",
          `_dmarc.${v.name} holds "${text}", which receivers ignore: a DMARC record must start exactly v=DMARC1 (upper case, then ";").`,
          `Replace it with a valid record. ${PUBLISH(v.name)}`,
        ),
      );
    }
  }
  const at = found.at;
  if (at === null) {
    if (findings.length === 0)
      findings.push(
        finding(
          "dmarc.missing",
          "error",
          `No DMARC record for ${name} (none at _dmarc.${name} nor at a parent domain): receivers apply no policy, and Gmail, Yahoo and Outlook require one of bulk senders.`,
          PUBLISH(name),
        ),
      );
    return done(findings.length > 0 && findings[0]!.code === "dmarc.syntax" ? "invalid" : "missing");
  }
  const location = `_dmarc.${at.name}`;
  if (at.kind === "error") {
    findings.push(unreachable(at.answer, `DMARC for ${name}`));
    return done("unknown", { location });
  }
  if (at.unrelated.length > 0) {
    findings.push(
      finding(
        "dmarc.unrelated-records",
        "warning",
        `${location} also holds TXT records that are not DMARC (${at.unrelated.map((t) => `"${t.slice(0, 40)}"`).join(", ")}); receivers skip them, but some tools fail on them.`,
        `Remove the other TXT records from ${location}.`,
      ),
    );
  }
  if (at.kind === "multiple") {
    findings.push(
      finding(
        "dmarc.multiple-records",
        "error",
        `${location} has ${at.records.length} DMARC records; receivers then discard them all and apply no policy (RFC 9989 §4.10).`,
        `Keep exactly one TXT record starting v=DMARC1 at ${location}, merging what you need into it.`,
      ),
    );
    return done("invalid", { location });
  }
  const parsed = at.parsed!;
  const text = at.records[0]!;
  if (!parsed.ok) {
    findings.push(
      finding(
        "dmarc.syntax",
        "error",
        `The DMARC record at ${location} is invalid: ${parsed.error} Receivers ignore it. Record: "${text}"`,
        PUBLISH(at.name),
      ),
    );
    return done("invalid", { location, record: text });
  }
  const r = parsed.record;
  const inherited = at.name !== name;
  const policy = inherited ? r.sp : r.p;
  findings.push(...dmarcWarningFindings(parsed.warnings, location));
  // RFC 9091: a record at a public suffix (or one saying psd=y) is the suffix operator's policy, not the domain owner's.
  const source: DmarcSource = !inherited ? "domain" : isPublicSuffix(at.name) || r.psd === "y" ? "psd" : "parent";
  if (source === "psd") {
    findings.push(
      finding(
        "dmarc.psd-policy",
        "warning",
        `${name} has no DMARC record of its own: the policy that applies (sp=${r.sp}, at ${location}) is a ${PSD_LABEL}, not yours, and can change without you.`,
        PUBLISH(name),
      ),
    );
  } else if (source === "parent") {
    findings.push(
      finding(
        "dmarc.inherited",
        "info",
        `${name} has no DMARC record of its own; the record at ${location} applies to it through its subdomain policy (sp=${r.sp}).`,
        "",
      ),
    );
  }
  if (policy === "none") {
    findings.push(
      finding(
        "dmarc.policy-none",
        "warning",
        `The DMARC policy for ${name} is none: monitoring only, so mail that fails DMARC is still delivered and spoofing is not stopped.`,
        `Once aggregate reports show every legitimate sender aligned, move on: ${dmarcRolloutAdvice(at.name, r.rua[0]?.address ?? undefined)}`,
      ),
    );
  } else if (policy === "quarantine") {
    findings.push(
      finding(
        "dmarc.policy-quarantine",
        "info",
        `The DMARC policy for ${name} is quarantine: failing mail goes to spam.`,
        `When reports stay clean, finish the rollout with p=reject.`,
      ),
    );
  }
  if (r.t === "y") {
    findings.push(
      finding(
        "dmarc.testing",
        "warning",
        "t=y (testing) asks receivers to apply one step less than the policy: reject as quarantine, quarantine as none.",
        "Remove t=y once the policy is final.",
      ),
    );
  }
  findings.push(...(await checkReportAuthorization(at.name, r, lookup)));
  return done("found", { location, record: text, policy, parsed: r, source });
}
