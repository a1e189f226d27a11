import type { DomainCheck, SesIdentityState } from "../dns/check-domain";
import { PSD_LABEL } from "../dns/dmarc/dmarc-types";

/** One stored check: checkDomain's JSON plus what it was run with, so pages can show SES's view beside it. */
export type StoredDomainCheck = {
  region: string;
  checkedAt: string;
  /** Whether the DNS caches were bypassed ("Check now"). */
  fresh: boolean;
  check: DomainCheck;
  ses?: SesIdentityState;
  dkimTokens: string[];
  mailFromDomain?: string;
};

export type PartStatus = "ok" | "warning" | "error" | "pending" | "unknown";
export type PartId = "spf" | "dkim" | "dmarc" | "mailFrom" | "alignment";
export type Part = { status: PartStatus; summary: string };
export type PartStatuses = Record<PartId, Part>;

export const PART_LABELS: Record<PartId, string> = {
  spf: "SPF",
  dkim: "DKIM",
  dmarc: "DMARC",
  mailFrom: "Custom MAIL FROM",
  alignment: "DMARC passes via SES",
};

const firstProblem = (fs: { severity: string; message: string }[]) =>
  fs.find((f) => f.severity === "error") ?? fs.find((f) => f.severity === "warning");

function dkimPart({ check, ses }: StoredDomainCheck): Part {
  const rows = check.dkim.records;
  const found = rows.filter((r) => r.status === "ok" || r.status === "pending").length;
  const sesSays = ses?.dkimStatus ? `; SES says ${ses.dkimStatus}` : "";
  const summary = rows.length ? `${found} of ${rows.length} CNAMEs in place${sesSays}` : `No DKIM tokens${sesSays}`;
  if (check.dkim.status === "error" || check.dkim.status === "unknown") return { status: check.dkim.status, summary };
  // The DNS is right but SES has not looked yet (it keeps trying for up to 72 hours).
  if (rows.some((r) => r.status === "pending") || (ses?.dkimStatus && ses.dkimStatus !== "SUCCESS")) return { status: "pending", summary };
  return { status: check.dkim.status, summary };
}

function mailFromPart({ check, ses, mailFromDomain }: StoredDomainCheck): Part {
  if (!mailFromDomain) return { status: "warning", summary: "Not configured: SPF cannot align, DMARC rests on DKIM alone" };
  const sesSays = ses?.mailFromStatus ? `; SES says ${ses.mailFromStatus}` : "";
  const status = check.mailFrom.status;
  if (status === "ok" && ses?.mailFromStatus && ses.mailFromStatus !== "SUCCESS")
    return { status: "pending", summary: `${mailFromDomain}${sesSays}` };
  const problem = status === "ok" ? undefined : firstProblem(check.mailFrom.findings);
  return { status, summary: problem ? problem.message : `${mailFromDomain}${sesSays}` };
}

function alignmentPart({ check }: StoredDomainCheck): Part {
  const a = check.alignment;
  if (a.dmarcPasses === null) return { status: "unknown", summary: "Could not be decided: part of the DNS could not be checked" };
  if (a.dmarcPasses)
    return { status: "ok", summary: a.via === "both" ? "Yes, through DKIM and SPF" : `Yes, through ${a.via === "dkim" ? "DKIM" : "SPF"}` };
  return { status: "error", summary: `No: ${firstProblem(a.findings)?.message ?? "neither DKIM nor SPF passes aligned"}` };
}

/** The one status per requirement the Domains list, the history and the readiness checklist show. */
export function partStatuses(stored: StoredDomainCheck): PartStatuses {
  const { check } = stored;
  const spfProblem = firstProblem(check.spf.findings);
  const dmarcProblem = firstProblem(check.dmarc.findings);
  return {
    spf: {
      status: check.spf.status,
      summary:
        check.spf.status === "ok"
          ? `${check.spf.record ?? "no record"} (${check.spf.lookups} lookups)`
          : (spfProblem?.message ?? check.spf.status),
    },
    dkim: dkimPart(stored),
    dmarc: {
      status: check.dmarc.status,
      summary: check.dmarc.policy
        ? `p=${check.dmarc.policy}${check.dmarc.source === "psd" ? ` (${PSD_LABEL})` : ""}${dmarcProblem ? `: ${dmarcProblem.message}` : ""}`
        : (dmarcProblem?.message ?? "No DMARC record"),
    },
    mailFrom: mailFromPart(stored),
    alignment: alignmentPart(stored),
  };
}

/** Whether every requirement passes, SES's side included: what "verified" means for re-check scheduling. */
export const allPassing = (parts: PartStatuses) => Object.values(parts).every((p) => p.status === "ok" || p.status === "warning");

export type PartChange = { part: PartId; from: PartStatus; to: PartStatus };

/** Parts whose status moved between two checks; a part that could not be checked is not a change. */
export function partChanges(was: PartStatuses | undefined, is: PartStatuses): PartChange[] {
  if (!was) return [];
  return (Object.keys(is) as PartId[])
    .filter((p) => was[p].status !== is[p].status && is[p].status !== "unknown" && was[p].status !== "unknown")
    .map((p) => ({ part: p, from: was[p].status, to: is[p].status }));
}
