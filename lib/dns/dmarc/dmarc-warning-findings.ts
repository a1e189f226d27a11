import { finding, type Finding, type Severity } from "../findings";
import type { DmarcNote } from "./dmarc-types";

const ADVICE: Record<string, { severity: Severity; fix: string }> = {
  "dmarc.unknown-tag": { severity: "warning", fix: "Remove the unknown tag, or correct its spelling." },
  "dmarc.p-position": { severity: "warning", fix: "Put p= directly after v=DMARC1;" },
  "dmarc.removed-tag": {
    severity: "warning",
    fix: "Remove the tag; for a staged rollout use none, then quarantine, then reject (t=y for testing).",
  },
  "dmarc.syntax": { severity: "error", fix: "Correct the invalid tag value: until then receivers apply p=none." },
  "dmarc.no-policy-tag": { severity: "warning", fix: "Add p=none (or quarantine, reject) directly after v=DMARC1;" },
  "dmarc.fo-redundant": { severity: "info", fix: "Use fo=1 alone." },
  "dmarc.sp-none": { severity: "warning", fix: "Remove sp=none so subdomains take the main policy, or set sp=quarantine or reject." },
  "dmarc.no-rua": { severity: "warning", fix: "Add rua=mailto:<address> to receive aggregate reports." },
  "dmarc.report-size-obsolete": { severity: "info", fix: "Drop the !size suffix." },
  "dmarc.report-uri-scheme": { severity: "warning", fix: "Use a mailto: address for reports." },
  "dmarc.parked-policy": { severity: "warning", fix: "Publish v=DMARC1; p=reject; sp=reject for a domain that sends no mail." },
};

/** The parser's remarks about a valid record, as findings with their fix. */
export function dmarcWarningFindings(notes: DmarcNote[], location: string): Finding[] {
  return notes.map((n) => {
    const advice = ADVICE[n.code] ?? { severity: "warning" as const, fix: "" };
    return finding(n.code, advice.severity, `${location}: ${n.message}`, advice.fix);
  });
}
