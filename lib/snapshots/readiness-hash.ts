import { createHash } from "node:crypto";
import type { ReadinessResult } from "../readiness/types";

/** Identifies a checklist by what it says, not when it was read: unchanged readings share one stored report. */
export function readinessHash(result: ReadinessResult): string {
  const content = result.checks.map((c) => [c.id, c.status, c.summary, c.evidence.map((e) => [e.query, e.observed, e.expected])]);
  const danger = result.danger ? [result.danger.level, result.danger.reasons.map((r) => [r.metric, r.level, r.value, r.since])] : null;
  return createHash("sha256")
    .update(JSON.stringify([result.score, content, danger]))
    .digest("hex");
}
