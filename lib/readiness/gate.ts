/**
 * The readiness gate of scripts and CI (`ses-launchpad readiness`): whether the newest stored checklist lets
 * mail go out. Pure, from the same view the pages show.
 */
import { dangerSeverity, DANGER_LABEL, type Danger } from "../reputation/danger";
import type { ReadinessResult } from "./types";

/** `pass` is null when there is no checklist to judge (no successful reading yet). */
export type GateVerdict = { pass: boolean | null; reasons: string[] };

/**
 * Fails at pause level or beyond, whatever the score. Without `minScore`, also while any item is open
 * (status todo: a warning is advice, not a blocker); with it, only while the score is below it.
 */
export function readinessGate(view: { readiness: ReadinessResult | null; danger: Danger }, minScore?: number): GateVerdict {
  const r = view.readiness;
  if (!r) return { pass: null, reasons: ["no successful reading yet: run `ses-launchpad collect` or open the dashboard"] };
  const reasons: string[] = [];
  if (dangerSeverity(view.danger.level) >= dangerSeverity("pause"))
    reasons.push(`${DANGER_LABEL[view.danger.level]}: ${view.danger.reasons.map((d) => d.text).join(" ")}`.trim());
  else if (r.ready === false) reasons.push("not ready: an item at pause level is open");
  if (minScore === undefined) reasons.push(...r.checks.filter((c) => c.status === "todo").map((c) => `open: ${c.title} (${c.id})`));
  else if (r.score < minScore) reasons.push(`score ${r.score} is below ${minScore}`);
  return { pass: reasons.length === 0, reasons };
}
