import type { AccessAnswers } from "../../validation/access-request";
import type { ObservedFacts } from "../observed-facts";
import { accountRules } from "./account-rules";
import { contactRules } from "./contact-rules";
import { formRules } from "./form-rules";
import { handlingRules } from "./handling-rules";
import { identityRules } from "./identity-rules";
import { textRules } from "./text-rules";
import type { Finding, Severity } from "./types";
import { websiteRules } from "./website-rules";

export const ALL_RULES = [
  ...accountRules,
  ...formRules,
  ...websiteRules,
  ...identityRules,
  ...handlingRules,
  ...textRules,
  ...contactRules,
];

const ORDER: Record<Severity, number> = { blocker: 0, warning: 1, tip: 2 };

export type Preflight = { findings: Finding[]; blockers: number; warnings: number; tips: number; canSubmit: boolean };

/** Every pre-flight rule over the answers and what the dashboard observed; blockers first. */
export function runPreflight(a: AccessAnswers, o: ObservedFacts): Preflight {
  const findings = ALL_RULES.flatMap((rule) => rule(a, o) ?? [])
    .map((f, i) => ({ f, i }))
    .sort((x, y) => ORDER[x.f.severity] - ORDER[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { findings, blockers: count("blocker"), warnings: count("warning"), tips: count("tip"), canSubmit: count("blocker") === 0 };
}
