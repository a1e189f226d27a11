import { feedbackHost } from "../dns/mail-from/check-mail-from";
import { MAIL_FROM_SPF } from "../dns/spf/merge-spf-record";
import type { PartStatus, StoredDomainCheck } from "./part-statuses";

/** One DNS record of the detail page: what SES needs, what DNS answers, and whether they agree. */
export type RecordRow = {
  purpose: "DKIM" | "MAIL FROM" | "DMARC";
  name: string;
  /** The name as typed into a DNS host that appends the zone itself. */
  relativeName?: string;
  type: "CNAME" | "MX" | "TXT";
  expected: string;
  found: string | null;
  status: PartStatus;
};

const sectionToPart = (s: string): PartStatus => (s === "ok" || s === "warning" || s === "error" || s === "unknown" ? s : "unknown");

/**
 * The rows of the records table from a stored check; `mxFound` is the MAIL FROM
 * domain's MX answer (not part of the check's JSON), null when it was not read.
 */
export function recordRows(
  stored: StoredDomainCheck,
  { mxFound, dmarcExpected }: { mxFound: string[] | null; dmarcExpected: string },
): RecordRow[] {
  const { check, ses, mailFromDomain, region } = stored;
  const rows: RecordRow[] = check.dkim.records.map((r) => ({
    purpose: "DKIM",
    name: r.name,
    relativeName: r.relativeName,
    type: "CNAME",
    expected: r.expected,
    found: r.found,
    status: r.status,
  }));
  if (mailFromDomain) {
    const mxFindings = check.mailFrom.findings.filter((f) => /mx|cname/.test(f.code) || f.code === "dns.unreachable");
    const mxStatus: PartStatus = mxFindings.some((f) => f.code === "dns.unreachable")
      ? "unknown"
      : mxFindings.some((f) => f.severity === "error")
        ? "error"
        : ses?.mailFromStatus && ses.mailFromStatus !== "SUCCESS"
          ? "pending"
          : "ok";
    rows.push({
      purpose: "MAIL FROM",
      name: mailFromDomain,
      type: "MX",
      expected: `10 ${feedbackHost(region)}`,
      found: mxFound?.length ? mxFound.join(", ") : null,
      status: mxStatus,
    });
    rows.push({
      purpose: "MAIL FROM",
      name: mailFromDomain,
      type: "TXT",
      expected: MAIL_FROM_SPF,
      found: check.spf.record,
      status: sectionToPart(check.spf.status),
    });
  }
  rows.push({
    purpose: "DMARC",
    name: `_dmarc.${check.domain}`,
    type: "TXT",
    expected: dmarcExpected,
    found: check.dmarc.record,
    status: check.dmarc.record ? sectionToPart(check.dmarc.status) : "error",
  });
  return rows;
}

/** Where SES's status and the DNS disagree, which side is behind and why. */
export function sesDisagreements(stored: StoredDomainCheck): string[] {
  const { check, ses, mailFromDomain } = stored;
  const out: string[] = [];
  if (!ses) return out;
  const dkimDnsOk = check.dkim.records.length > 0 && check.dkim.records.every((r) => r.status === "ok" || r.status === "pending");
  if (ses.dkimStatus === "SUCCESS" && !dkimDnsOk && check.dkim.status !== "unknown") {
    out.push(
      "SES says DKIM is SUCCESS, but the DNS no longer has all the CNAMEs: SES re-checks periodically and will mark DKIM FAILED (and stop signing with your domain) if they stay missing. The DNS is behind: restore the records.",
    );
  }
  if (ses.dkimStatus && ses.dkimStatus !== "SUCCESS" && dkimDnsOk) {
    out.push(
      `The DNS has all DKIM CNAMEs, but SES says ${ses.dkimStatus}: SES is behind. It looks for the records periodically for up to 72 hours after they are published; no action is needed unless this persists.`,
    );
  }
  const doubled = check.dkim.findings.find((f) => f.code === "dkim.doubled-zone");
  if (ses.dkimStatus === "FAILED" && doubled) out.push(`SES says FAILED because it looks at the exact names: ${doubled.message}`);
  if (mailFromDomain && ses.mailFromStatus && ses.mailFromStatus !== "SUCCESS" && check.mailFrom.status === "ok") {
    out.push(
      `The MAIL FROM records are in place, but SES says ${ses.mailFromStatus}: SES has not re-checked yet (it does so periodically, for up to 72 hours).`,
    );
  }
  if (mailFromDomain && ses.mailFromStatus === "SUCCESS" && check.mailFrom.status === "error") {
    out.push(
      "SES says MAIL FROM is SUCCESS, but the DNS has a problem with it: SES will notice and fall back to amazonses.com (or reject mail, with REJECT_MESSAGE). The DNS is behind: fix the MX and SPF records.",
    );
  }
  return out;
}
