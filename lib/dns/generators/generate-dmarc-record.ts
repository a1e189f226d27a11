import type { DmarcPolicy } from "../dmarc/dmarc-types";
import type { DnsRecordSpec } from "./dns-record-spec";

type TxtRecordSpec = Extract<DnsRecordSpec, { type: "TXT" }>;

export type DmarcRecordOptions = {
  domain: string;
  policy: DmarcPolicy;
  /** The aggregate report address (mailto: is added). */
  reportAddress?: string;
  subdomainPolicy?: DmarcPolicy;
  /** RFC 9989 t=y: receivers apply one step less than the policy. */
  testing?: boolean;
};

const mailto = (a: string) => (/^mailto:/i.test(a) ? a : `mailto:${a}`);

/** A DMARC record: p directly after v (RFC 7489 readers require it), relaxed alignment (the default SES needs). */
export function generateDmarcRecord({ domain, policy, reportAddress, subdomainPolicy, testing }: DmarcRecordOptions): TxtRecordSpec {
  const tags = ["v=DMARC1", `p=${policy}`];
  if (subdomainPolicy && subdomainPolicy !== policy) tags.push(`sp=${subdomainPolicy}`);
  if (reportAddress) tags.push(`rua=${mailto(reportAddress)}`);
  if (testing) tags.push("t=y");
  return { name: `_dmarc.${domain.toLowerCase().replace(/\.$/, "")}`, type: "TXT", value: tags.join("; ") };
}

export type DmarcRolloutStep = { stage: DmarcPolicy; record: TxtRecordSpec; when: string };

/**
 * The staged rollout (none, then quarantine, then reject). RFC 9989 removed
 * pct, so the stages are whole policies rather than percentages.
 */
export function dmarcRolloutSteps(domain: string, reportAddress = `dmarc-reports@${domain}`): DmarcRolloutStep[] {
  return [
    {
      stage: "none",
      record: generateDmarcRecord({ domain, policy: "none", reportAddress }),
      when: "Now: collect aggregate reports for two to four weeks and confirm every legitimate sender (SES included) passes aligned.",
    },
    {
      stage: "quarantine",
      record: generateDmarcRecord({ domain, policy: "quarantine", reportAddress }),
      when: "When the reports show only aligned legitimate mail: failing mail goes to spam. Watch the reports for another two to four weeks.",
    },
    {
      stage: "reject",
      record: generateDmarcRecord({ domain, policy: "reject", reportAddress }),
      when: "When quarantine caused no losses: failing mail is refused.",
    },
  ];
}

/** The rollout in one sentence, for a finding's fix. */
export function dmarcRolloutAdvice(domain: string, reportAddress?: string): string {
  return dmarcRolloutSteps(domain, reportAddress)
    .map((s, i) => `${i + 1}. "${s.record.value}" (${s.when.split(":")[0]})`)
    .join("; ");
}
