import { PART_LABELS, type PartId } from "../domains/part-statuses";
import { ENFORCEMENT_GUIDANCE } from "../readiness/enforcement";
import { formatRate, RATE_LEVELS, type RateLevel } from "../reputation/levels";
import { RUNBOOKS, type Runbook } from "../reputation/runbook";
import type { Alert } from "./detect-alerts";

export type AlertText = { title: string; detail: string; runbook?: Runbook };

const REVIEW_WORDS: Record<string, string> = {
  PENDING: "AWS is reviewing the production-access request; answer any follow-up on the support case quickly.",
  GRANTED: "AWS granted production access: the account now has its own quotas and can send to any address.",
  DENIED: "AWS denied the production-access request. The Production access page explains the usual reasons and prepares a reply.",
  FAILED: "The production-access request could not be processed. Submit it again from the Production access page.",
};
const DOMAIN_WORDS: Record<string, string> = {
  ok: "passing",
  warning: "passing with a warning",
  error: "failing",
  pending: "pending",
  unknown: "unknown",
};

/** The dashboard page an alert's reader should open. */
export function alertPath(a: Alert): string {
  if (a.kind === "domain-status" && a.subject) return `/domains/${encodeURIComponent(a.subject)}`;
  if (a.kind === "review-status") return "/production-access";
  if (a.kind === "notifications-silent" || a.kind === "notifications-resumed") return "/bounces";
  return "/reputation";
}

const LEVEL_WORDS: Record<RateLevel, string> = { healthy: "healthy", review: "under review", "at-risk": "at risk of a pause" };

/** The words an alert is sent and listed with. */
export function describeAlert(a: Alert): AlertText {
  if (a.kind === "rate-level" && a.metric) {
    const l = RATE_LEVELS[a.metric];
    const to = (a.to ?? "healthy") as RateLevel;
    const value = a.value === null || a.value === undefined ? "unknown" : formatRate(a.value, a.metric === "complaint" ? 3 : 2);
    const levels = `AWS reviews accounts at ${formatRate(l.review, a.metric === "complaint" ? 1 : 0)} or more and may pause sending at ${formatRate(l.atRisk, a.metric === "complaint" ? 1 : 0)} or more.`;
    const worse = to !== "healthy" && a.severity !== "info";
    return {
      title: `${l.label} ${worse ? "" : to === "healthy" ? "back to " : "improved, still "}${LEVEL_WORDS[to]} in ${a.region}`,
      detail: `${l.label} is ${value} (was ${LEVEL_WORDS[(a.from ?? "healthy") as RateLevel]}). ${levels}`,
      runbook: worse ? RUNBOOKS[a.metric === "bounce" ? "high-bounce-rate" : "high-complaint-rate"] : undefined,
    };
  }
  if (a.kind === "sending-paused") {
    return {
      title: `Sending paused in ${a.region}`,
      detail: `SES reports that sending is disabled for this account in ${a.region}.`,
      runbook: RUNBOOKS["sending-paused"],
    };
  }
  if (a.kind === "sending-resumed")
    return { title: `Sending resumed in ${a.region}`, detail: `SES reports that sending is enabled again in ${a.region}.` };
  if (a.kind === "review-status") {
    return {
      title: `Production access ${a.to ?? "unknown"} in ${a.region}`,
      detail: `The review moved from ${a.from ?? "none"} to ${a.to ?? "unknown"}. ${REVIEW_WORDS[a.to ?? ""] ?? ""}`.trim(),
    };
  }
  if (a.kind === "domain-status") {
    const part = PART_LABELS[a.part as PartId] ?? a.part ?? "A record";
    return {
      title: `${part} of ${a.subject ?? "a domain"} is ${DOMAIN_WORDS[a.to ?? ""] ?? a.to} (${a.region})`,
      detail: `The automatic DNS re-check of ${a.subject ?? "the domain"} found ${part} ${DOMAIN_WORDS[a.to ?? ""] ?? a.to}, where it was ${DOMAIN_WORDS[a.from ?? ""] ?? a.from}. The domain's page shows each record, what was found and how to fix it.`,
    };
  }
  if (a.kind === "notifications-silent" || a.kind === "notifications-resumed") return describePipelineAlert(a);
  const g = ENFORCEMENT_GUIDANCE[a.to ?? ""];
  return {
    title: `Enforcement status ${a.to ?? "unknown"} in ${a.region}`,
    detail: `SES enforcement status changed from ${a.from ?? "unknown"} to ${a.to ?? "unknown"}.${g ? ` ${g.meaning} ${g.action}` : ""}`,
    runbook: a.to === "SHUTDOWN" ? RUNBOOKS["sending-paused"] : undefined,
  };
}

const utc = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

function describePipelineAlert(a: Alert): AlertText {
  const p = a.pipeline;
  if (a.kind === "notifications-resumed") {
    return {
      title: `SES notifications are processed again in ${a.region}`,
      detail: `The dashboard processed an SES notification${p?.lastProcessedAt ? ` at ${utc(p.lastProcessedAt)}` : ""}: bounces and complaints are handled again.`,
    };
  }
  const sent = p ? `${Math.round(p.sends)} messages were sent in the last ${p.silenceHours} hours` : "Messages are being sent";
  const last = p?.lastProcessedAt ? `since ${utc(p.lastProcessedAt)}` : "ever";
  return {
    title: `No bounce or complaint notification comes back in ${a.region}`,
    detail: `${sent}, but no bounce, complaint or delivery notification has been processed ${last}. Bounces are not suppressed meanwhile, and the bounce rate can climb unseen. Check the Bounces page's set-up: topics, routes and a confirmed subscription.`,
  };
}
