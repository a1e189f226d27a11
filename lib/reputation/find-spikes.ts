import { RATE_LEVELS, levelOf, type RateLevel, type RateMetric } from "./levels";
import type { ReputationPoint } from "./reputation-series";

export type Spike = {
  metric: RateMetric;
  startMs: number;
  endMs: number;
  peak: { t: number; value: number };
  level: Exclude<RateLevel, "healthy">;
};

/**
 * Runs of consecutive periods whose worst rate reached AWS's review level, with each run's peak. A gap
 * inside a run does not end it: missing data is not evidence that the rate came down.
 */
export function findSpikes(points: readonly ReputationPoint[], metric: RateMetric, bucketMs: number): Spike[] {
  const field = metric === "bounce" ? "bounceRateMax" : "complaintRateMax";
  const review = RATE_LEVELS[metric].review;
  const out: Spike[] = [];
  let open: Spike | null = null;
  for (const p of points) {
    const v = p[field];
    if (v === null) continue;
    const level = levelOf(metric, v);
    if (level === "healthy" || v < review) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    if (!open) open = { metric, startMs: p.t, endMs: p.t + bucketMs, peak: { t: p.t, value: v }, level };
    open.endMs = p.t + bucketMs;
    if (v > open.peak.value) open.peak = { t: p.t, value: v };
    if (level === "at-risk") open.level = "at-risk";
  }
  if (open) out.push(open);
  return out;
}
