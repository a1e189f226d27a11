import type { AccessAnswers } from "../../validation/access-request";
import type { ObservedFacts } from "../observed-facts";

export type Severity = "blocker" | "warning" | "tip";

/** One rule that fired: what is wrong, why it matters, and where to fix it. */
export type Finding = {
  id: string;
  severity: Severity;
  title: string;
  reason: string;
  field?: string;
  link?: { href: string; label: string };
};

export type Rule = (a: AccessAnswers, o: ObservedFacts) => Finding | Finding[] | null;

export const finding = (id: string, severity: Severity, title: string, reason: string, extra: Partial<Finding> = {}): Finding => ({
  id,
  severity,
  title,
  reason,
  ...extra,
});
