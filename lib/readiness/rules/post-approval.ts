import { couldNotCheck, seen } from "../check-builder";
import type { Check, Evidence, GatheredState } from "../types";

/**
 * The guide's step 4.1: the application itself switches to production (AWS_SES_PRODUCTION_MODE, region, From).
 * Its environment is out of the dashboard's sight, so an admin's confirmation is the evidence; it counts as
 * done only once AWS has granted production access, since production settings in the sandbox would fail.
 */
export function productionSettingsCheck(s: GatheredState): Check {
  const from = s.fromAddress ?? "noreply@your-domain.com";
  const base = {
    id: "post-approval.production-settings",
    group: "post-approval" as const,
    title: "Application switched to its production settings",
    why: "Production access changes nothing until the application uses it: its environment must name production mode, the approved region and the verified From address. The dashboard cannot see that environment, so an admin confirms it here.",
    fix: {
      steps: [
        `Set AWS_SES_PRODUCTION_MODE=true, AWS_SES_REGION=${s.region} and AWS_SES_FROM_EMAIL=${from} in the application's environment (or its secrets store), and deploy it.`,
        "Then confirm it here; the confirmation is recorded with your name in the audit log.",
      ],
    },
    weight: 1,
  };
  const expected = `an admin's confirmation, with production access granted in ${s.region}`;
  if (!s.account.ok) return couldNotCheck(base, s.account, expected);
  if (!s.confirmations) {
    return {
      ...base,
      confirm: {},
      status: "unknown",
      summary: "Not checked yet: the confirmations were not read.",
      evidence: [{ query: "dashboard confirmations", observed: "not read", expected, at: s.gatheredAt }],
    };
  }
  if (!s.confirmations.ok) return { ...couldNotCheck(base, s.confirmations, expected), confirm: {} };
  const c = s.confirmations.value[base.id];
  const production = s.account.value.production;
  const evidence: Evidence[] = [
    seen(s.confirmations, c ? `confirmed by ${c.by} at ${c.at}` : "not confirmed", expected),
    seen(s.account, `ProductionAccessEnabled ${production}`, "ProductionAccessEnabled true"),
  ];
  const confirm = c ? { by: c.by, at: c.at } : {};
  if (c && production) return { ...base, confirm, status: "done", summary: `Confirmed by ${c.by} at ${c.at}.`, evidence };
  if (c)
    return {
      ...base,
      confirm,
      status: "warning",
      summary: `Confirmed by ${c.by}, but ${s.region} is still in the sandbox: production settings cannot work yet.`,
      evidence,
    };
  const summary = production
    ? "Production access is granted: switch the application to its production settings, then confirm it here."
    : "After production access is granted: switch the application to its production settings.";
  return { ...base, confirm, status: "todo", summary, evidence };
}
