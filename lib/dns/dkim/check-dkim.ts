import { finding, sectionStatus, type Finding, type SectionStatus } from "../findings";
import type { SesIdentityState } from "../alignment/ses-state";
import type { DnsLookup } from "../types";
import { dkimRecordFindings, type DkimRecordRow } from "./dkim-findings";
import { inspectDkimRecord, type DkimRecordState } from "./inspect-dkim-record";
import { sesDkimFindings } from "./ses-dkim-findings";

export type DkimCheck = { status: SectionStatus; records: DkimRecordRow[]; findings: Finding[]; states: DkimRecordState[] };

/** The three Easy DKIM records of an identity, in parallel, compared with SES's own view. */
export async function checkDkim({
  domain,
  tokens,
  ses,
  lookup,
}: {
  domain: string;
  tokens: string[];
  ses?: SesIdentityState;
  lookup: DnsLookup;
}): Promise<DkimCheck> {
  const states = await Promise.all(tokens.map((t) => inspectDkimRecord(domain, t, lookup)));
  const { records, findings } = dkimRecordFindings(states, ses);
  findings.push(...sesDkimFindings(states, ses));
  if (tokens.length === 0) {
    findings.push(
      finding(
        "dkim.no-tokens",
        "warning",
        `No Easy DKIM tokens for ${domain}, so no DKIM record could be checked.`,
        "Enable Easy DKIM for the identity in SES, or pass the tokens (--dkim-tokens a,b,c).",
      ),
    );
  }
  return { status: sectionStatus(findings), records, findings, states };
}
