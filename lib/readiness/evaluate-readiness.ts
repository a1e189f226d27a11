import { accountHealthCheck, productionGrantedCheck, requestSubmittedCheck } from "./rules/access";
import { authenticationChecks } from "./rules/authentication";
import { dashboardReceivingCheck, suppressionListCheck } from "./rules/handling";
import { fromAddressCheck, verifiedDomainCheck } from "./rules/identity";
import { alarmsCheck, rateChecks } from "./rules/monitoring";
import { routedCheck, subscriptionCheck } from "./rules/notifications";
import { recommendationChecks } from "./rules/recommendations";
import { productionSettingsCheck } from "./rules/post-approval";
import { realRecipientCheck, simulatorRoundTripCheck, testMailCheck } from "./rules/sending";
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

export function scoreOf(checks: Check[]): number {
  const counted = checks.filter((c) => c.status !== "not-applicable");
  const total = counted.reduce((n, c) => n + c.weight, 0);
  if (!total) return 0;
  return Math.round((100 * counted.reduce((n, c) => n + c.weight * CREDIT[c.status], 0)) / total);
}

/** To-dos before warnings, each in the guide's order. */
export function nextActionsOf(checks: Check[], count = 3): Check[] {
  const open = checks.filter((c) => !OUTCOMES.has(c.id));
  return [...open.filter((c) => c.status === "todo"), ...open.filter((c) => c.status === "warning")].slice(0, count);
}

/** Every rule over one gathered state: the page, the score, the API and the snapshots all use this result. */
export function evaluateReadiness(s: GatheredState, now: Date = new Date()): ReadinessResult {
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
  const checks = all.map((c, i) => ({ c, i })).sort((a, b) => order.get(a.c.group)! - order.get(b.c.group)! || a.i - b.i).map((x) => x.c);
  return { region: s.region, evaluatedAt: now.toISOString(), score: scoreOf(checks), checks, nextActions: nextActionsOf(checks) };
}
