import { DEFAULT_MIN_VOLUME, levelOf, RATE_LEVELS } from "../../reputation/levels";
import { couldNotCheck, percent, seen } from "../check-builder";
import type { AlarmFacts, Check, GatheredState } from "../types";

const LEVELS = {
  bounce: { ...RATE_LEVELS.bounce, metric: RATE_LEVELS.bounce.cloudWatchMetric, pause: RATE_LEVELS.bounce.atRisk },
  complaint: { ...RATE_LEVELS.complaint, metric: RATE_LEVELS.complaint.cloudWatchMetric, pause: RATE_LEVELS.complaint.atRisk },
} as const;

const hasAlarm = (alarms: AlarmFacts[], metric: string) =>
  alarms.filter((a) => a.metric === metric && (a.namespace ?? "AWS/SES") === "AWS/SES");

export function alarmsCheck(s: GatheredState): Check {
  const base = {
    id: "monitoring.alarms",
    group: "monitoring" as const,
    title: "CloudWatch alarms on bounce and complaint rates",
    why: "AWS reviews an account whose bounce rate passes 5% or complaint rate passes 0.1%, and may pause it at 10% or 0.5%. An alarm with an action tells on-call before AWS does.",
    fix: {
      steps: [
        `CloudWatch console (${s.region}) → Alarms → Create alarm → AWS/SES → Reputation.BounceRate, Maximum over 1 hour, ≥ 0.05, action: an SNS topic that pages on-call.`,
        "Repeat for Reputation.ComplaintRate at ≥ 0.001.",
      ],
      cli: `aws cloudwatch put-metric-alarm --alarm-name ses-bounce-rate-review --namespace AWS/SES --metric-name Reputation.BounceRate --statistic Maximum --period 3600 --evaluation-periods 1 --threshold 0.05 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions arn:aws:sns:${s.region}:ACCOUNT_ID:ses-alerts --region ${s.region}`,
      action: "create-alarms" as const,
      link: { href: "/reputation", label: "Reputation and alarms" },
    },
    weight: 2,
  };
  const expected = "an alarm with actions on AWS/SES Reputation.BounceRate and one on Reputation.ComplaintRate";
  if (!s.alarms.ok) return couldNotCheck(base, s.alarms, expected);
  const alarms = s.alarms.value;
  const found = (["bounce", "complaint"] as const).map((k) => {
    const list = hasAlarm(alarms, LEVELS[k].metric);
    return { k, list, withActions: list.filter((a) => a.actions.length > 0) };
  });
  const observed = found
    .map(
      (f) =>
        `${LEVELS[f.k].metric}: ${f.list.length ? f.list.map((a) => `${a.name} (threshold ${a.threshold ?? "?"}, ${a.actions.length} action(s), ${a.state ?? "state unknown"})`).join(", ") : "no alarm"}`,
    )
    .join("; ");
  const evidence = [seen(s.alarms, observed, expected)];
  if (found.every((f) => f.withActions.length))
    return { ...base, status: "done", summary: "Both reputation rates have alarms with actions.", evidence };
  if (found.some((f) => f.list.length))
    return { ...base, status: "warning", summary: "An alarm is missing or has no action to notify anyone.", evidence };
  return { ...base, status: "todo", summary: "No alarm on the reputation rates.", evidence };
}

function rateCheck(s: GatheredState, kind: "bounce" | "complaint"): Check {
  const L = LEVELS[kind];
  const base = {
    id: `monitoring.${kind}-rate`,
    group: "monitoring" as const,
    title: `${L.label} under ${percent(L.review)}`,
    why: `AWS places an account under review when its ${L.label.toLowerCase()} passes ${percent(L.review)}, and may pause sending above ${percent(L.pause)}. The guide's troubleshooting section: pause sending, clean the list, investigate, fix, then request a review.`,
    fix: {
      steps: [
        "Remove addresses that bounced or complained (the suppression list does this automatically).",
        "Send only to addresses that opted in; validate addresses at sign-up.",
        "Investigate the bounce reasons of the spike on the Bounces page.",
      ],
      link: { href: "/reputation", label: "Reputation" },
    },
    weight: 2,
  };
  const minVolume = s.reputation.ok ? (s.reputation.value.minVolume ?? DEFAULT_MIN_VOLUME) : DEFAULT_MIN_VOLUME;
  const expected = `CloudWatch AWS/SES ${L.metric} below ${percent(L.review)} (over at least ${minVolume} messages)`;
  if (!s.reputation.ok) return couldNotCheck(base, s.reputation, expected);
  const r = s.reputation.value;
  const rate = kind === "bounce" ? r.bounceRate : r.complaintRate;
  const window = `last ${r.windowHours} h`;
  if (rate === undefined || r.sends < minVolume || r.sends <= 0) {
    const observed = `${r.sends} messages sent in the ${window}${rate === undefined ? ", no rate published" : `, rate ${percent(rate)}`}`;
    return {
      ...base,
      status: "unknown",
      summary: `Not enough volume to judge (${r.sends} messages in the ${window}).`,
      evidence: [seen(s.reputation, observed, expected)],
    };
  }
  const evidence = [seen(s.reputation, `${percent(rate)} over ${r.sends} messages in the ${window}`, expected)];
  const level = levelOf(kind, rate);
  if (level === "at-risk")
    return {
      ...base,
      status: "todo",
      danger: "pause",
      summary: `${percent(rate)}: at or above ${percent(L.pause)}, where AWS may pause sending.`,
      evidence,
    };
  if (level === "review")
    return {
      ...base,
      status: "todo",
      danger: "review",
      summary: `${percent(rate)}: at or above ${percent(L.review)}, where AWS reviews the account.`,
      evidence,
    };
  if (rate >= L.review * 0.8)
    return { ...base, status: "warning", summary: `${percent(rate)}: close to the ${percent(L.review)} review level.`, evidence };
  return { ...base, status: "done", summary: `${percent(rate)} in the ${window}.`, evidence };
}

export const rateChecks = (s: GatheredState): Check[] => [rateCheck(s, "bounce"), rateCheck(s, "complaint")];
