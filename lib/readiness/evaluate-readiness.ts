import { accountHealthCheck, productionGrantedCheck, requestSubmittedCheck } from "./rules/access";
import { authenticationChecks } from "./rules/authentication";
import { dashboardReceivingCheck, suppressionListCheck } from "./rules/handling";
import { fromAddressCheck, verifiedDomainCheck } from "./rules/identity";
import { alarmsCheck, rateChecks } from "./rules/monitoring";
import { routedCheck, subscriptionCheck } from "./rules/notifications";
import { recommendationChecks } from "./rules/recommendations";
import { productionSettingsCheck } from "./rules/post-approval";
import { realRecipientCheck, simulatorRoundTripCheck, testMailCheck } from "./rules/sending";
import { awaitedChanges } from "./awaited-changes";
import { assessDanger, dangerSeverity, type Danger } from "../reputation/danger";
import type { Check, CheckStatus, GatheredState, GroupId, ReadinessResult } from "./types";

/** The guide's order: prerequisites, step 1 to step 4, then monitoring and maintenance. */
export const GROUPS: { id: GroupId; title: string }[] = [
  { id: "prerequisites", title: "Prerequisites" },
  { id: "authentication", title: "Step 1: Email authentication" },
  { id: "notifications", title: "Step 2: Bounce and complaint handling" },
  { id: "access", title: "Step 3: Production access" },
  { id: "post-approval", title: "Step 4: After approval" },
  { id: "monitoring", title: "Monitoring and maintenance" },
];

const CREDIT: Record<CheckStatus, number> = { done: 1, warning: 0.5, todo: 0, unknown: 0, "not-applicable": 0 };

/** Outcomes rather than tasks: nobody can act on them directly, so they are never a "next action". */
const OUTCOMES = new Set(["access.granted"]);

/** Items nobody can complete before AWS grants production access: no "next action" while in the sandbox. */
const AFTER_APPROVAL = new Set(["sending.real-recipient", "post-approval.production-settings"]);

export function scoreOf(checks: Check[]): number {
  const counted = checks.filter((c) => c.status !== "not-applicable");
  const total = counted.reduce((n, c) => n + c.weight, 0);
  if (!total) return 0;
  const score = Math.round((100 * counted.reduce((n, c) => n + c.weight * CREDIT[c.status], 0)) / total);
  // Rounding must never show 100 beside an open item.
  return score === 100 && counted.some((c) => c.status !== "done") ? 99 : score;
}

const URGENCY: Partial<Record<CheckStatus, number>> = { todo: 0, warning: 1 };

/** Most severe first: what puts the account at an enforcement level, then to-dos before warnings, each in the guide's order. */
export function nextActionsOf(checks: Check[], count = 3): Check[] {
  const granted = checks.some((c) => c.id === "access.granted" && c.status === "done");
  const actionable = (c: Check) => !OUTCOMES.has(c.id) && (granted || !AFTER_APPROVAL.has(c.id)) && URGENCY[c.status] !== undefined;
  const open = checks.map((c, i) => ({ c, i })).filter(({ c }) => actionable(c));
  const severity = (c: Check) => (c.danger ? dangerSeverity(c.danger) : 0);
  return open
    .sort((a, b) => severity(b.c) - severity(a.c) || URGENCY[a.c.status]! - URGENCY[b.c.status]! || a.i - b.i)
    .slice(0, count)
    .map(({ c }) => c);
}

/** Ready only while nothing open puts the account at pause level or beyond, whatever the score. */
export const isReady = (checks: Check[]): boolean =>
  !checks.some((c) => c.status !== "done" && c.danger && dangerSeverity(c.danger) >= dangerSeverity("pause"));

/** The danger the gathered state shows: CloudWatch's rates over enough volume, the enforcement and the sending status. */
export function dangerOf(s: GatheredState, previous?: Danger | null): Danger {
  const r = s.reputation.ok ? s.reputation.value : undefined;
  const points = (key: "bounceRate" | "complaintRate") => r?.points?.map((p) => ({ t: p.t, value: p[key] }));
  const rate = (value: number | undefined, at: string | undefined, key: "bounceRate" | "complaintRate") =>
    value === undefined ? undefined : { value, at: at ?? s.reputation.at, points: points(key) };
  return assessDanger({
    at: s.gatheredAt,
    account: s.account.ok
      ? { sendingEnabled: s.account.value.sendingEnabled, enforcementStatus: s.account.value.enforcementStatus, at: s.account.at }
      : undefined,
    rates: r && {
      sends: r.sends,
      minVolume: r.minVolume,
      bounce: rate(r.bounceRate, r.bounceRateAt, "bounceRate"),
      complaint: rate(r.complaintRate, r.complaintRateAt, "complaintRate"),
    },
    previous,
  });
}

/**
 * Every rule over one gathered state: the page, the score, the API and the snapshots all use this result.
 * `previous` is the last reading's danger, so that a reason still holding keeps the time it began.
 */
export function evaluateReadiness(s: GatheredState, now: Date = new Date(), previous?: Danger | null): ReadinessResult {
  const all: Check[] = [
    verifiedDomainCheck(s),
    fromAddressCheck(s),
    ...authenticationChecks(s),
    routedCheck(s),
    subscriptionCheck(s),
    dashboardReceivingCheck(s),
    suppressionListCheck(s),
    requestSubmittedCheck(s),
    productionGrantedCheck(s),
    productionSettingsCheck(s),
    testMailCheck(s),
    realRecipientCheck(s),
    simulatorRoundTripCheck(s),
    accountHealthCheck(s),
    alarmsCheck(s),
    ...rateChecks(s),
    ...recommendationChecks(s),
  ];
  const order = new Map(GROUPS.map((g, i) => [g.id, i]));
  const checks = all
    .map((c, i) => ({ c, i }))
    .sort((a, b) => order.get(a.c.group)! - order.get(b.c.group)! || a.i - b.i)
    .map((x) => x.c);
  return {
    region: s.region,
    evaluatedAt: now.toISOString(),
    score: scoreOf(checks),
    checks,
    nextActions: nextActionsOf(checks),
    danger: dangerOf(s, previous),
    ready: isReady(checks),
    awaiting: awaitedChanges(s),
  };
}
