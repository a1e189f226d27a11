import { couldNotCheck, seen } from "../check-builder";
import type { Check, GatheredState } from "../types";

const IMPACT_STATUS = { HIGH: "todo", MEDIUM: "warning", LOW: "warning" } as const;

/** Virtual Deliverability Manager's advisor findings (SES v2 ListRecommendations), one check each. */
export function recommendationChecks(s: GatheredState): Check[] {
  const base = {
    id: "monitoring.vdm-recommendations",
    group: "monitoring" as const,
    title: "Virtual Deliverability Manager advisor",
    why: "When Virtual Deliverability Manager is on, its advisor reports authentication and reputation problems AWS itself has found.",
    weight: 1,
  };
  if (!s.recommendations) {
    const vdm = s.account.ok ? s.account.value.vdmEnabled : undefined;
    if (vdm) return [{ ...base, status: "unknown", summary: "VDM is on, but its recommendations were not read.", evidence: [] }];
    return [];
  }
  const expected = "no OPEN recommendation";
  if (!s.recommendations.ok) return [couldNotCheck(base, s.recommendations, expected)];
  const open = s.recommendations.value.filter((r) => r.status === "OPEN");
  if (!open.length) {
    return [
      {
        ...base,
        status: "done",
        summary: "No open advisor recommendation.",
        evidence: [seen(s.recommendations, `${s.recommendations.value.length} recommendation(s), none open`, expected)],
      },
    ];
  }
  return open.map((r, i) => ({
    ...base,
    id: `${base.id}.${i}`,
    title: `Advisor: ${r.type} on ${r.resource}`,
    status: IMPACT_STATUS[r.impact as keyof typeof IMPACT_STATUS] ?? "warning",
    summary: `${r.impact} impact: ${r.description}`,
    evidence: [seen(s.recommendations!, `${r.type} ${r.status} (${r.impact})`, expected)],
    fix: { steps: [`SES console (${s.region}) → Virtual Deliverability Manager → Advisor → ${r.type} for ${r.resource}.`] },
  }));
}
