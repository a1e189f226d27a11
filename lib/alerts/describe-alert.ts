import { ENFORCEMENT_GUIDANCE } from "../readiness/enforcement";
import { formatRate, RATE_LEVELS, type RateLevel } from "../reputation/levels";
import { RUNBOOKS, type Runbook } from "../reputation/runbook";
import type { Alert } from "./detect-alerts";

export type AlertText = { title: string; detail: string; runbook?: Runbook };

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
    return { title: `Sending paused in ${a.region}`, detail: `SES reports that sending is disabled for this account in ${a.region}.`, runbook: RUNBOOKS["sending-paused"] };
  }
  if (a.kind === "sending-resumed") return { title: `Sending resumed in ${a.region}`, detail: `SES reports that sending is enabled again in ${a.region}.` };
  const g = ENFORCEMENT_GUIDANCE[a.to ?? ""];
  return {
    title: `Enforcement status ${a.to ?? "unknown"} in ${a.region}`,
    detail: `SES enforcement status changed from ${a.from ?? "unknown"} to ${a.to ?? "unknown"}.${g ? ` ${g.meaning} ${g.action}` : ""}`,
    runbook: a.to === "SHUTDOWN" ? RUNBOOKS["sending-paused"] : undefined,
  };
}
