import { levelOf, nextThreshold, RATE_LEVELS, type RateLevel, type RateMetric } from "./levels";

export type TrendPoint = { t: number; v: number | null };

export type RateTrend = {
  metric: RateMetric;
  direction: "rising" | "flat" | "falling" | "unknown";
  /** Change of the rate per day (fraction per day) from the least-squares line, null without enough points. */
  slopePerDay: number | null;
  latest: { t: number; value: number; level: RateLevel } | null;
  /** When the rate would reach the next level from its latest value at the current slope; null unless rising. */
  crossing: { level: RateLevel; threshold: number; at: number; inMs: number } | null;
  pointsUsed: number;
};

export type TrendOptions = { nowMs: number; windowMs?: number; minPoints?: number };

const DAY = 86_400_000;

/** Ordinary least squares over (t, v), t in days from the first point to keep the sums well conditioned. */
export function leastSquaresSlope(points: readonly { t: number; v: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const t0 = points[0]!.t;
  let sx = 0,
    sy = 0,
    sxx = 0,
    sxy = 0;
  for (const p of points) {
    const x = (p.t - t0) / DAY;
    sx += x;
    sy += p.v;
    sxx += x * x;
    sxy += x * p.v;
  }
  const den = n * sxx - sx * sx;
  return den === 0 ? null : (n * sxy - sx * sy) / den;
}

/**
 * The trend of one rate over the recent window and, if it is rising, when it would cross the next level.
 * "Flat" means the fitted change over the whole window is under 1 % of the next threshold: noise, not a trend.
 */
export function rateTrend(metric: RateMetric, series: readonly TrendPoint[], opts: TrendOptions): RateTrend {
  const windowMs = opts.windowMs ?? DAY;
  const used = series.filter(
    (p): p is { t: number; v: number } => p.v !== null && Number.isFinite(p.v) && p.t <= opts.nowMs && p.t > opts.nowMs - windowMs,
  );
  const last = used.at(-1);
  const latest = last ? { t: last.t, value: last.v, level: levelOf(metric, last.v) } : null;
  const slope = used.length >= (opts.minPoints ?? 3) ? leastSquaresSlope(used) : null;
  const base = { metric, slopePerDay: slope, latest, pointsUsed: used.length };
  if (slope === null || !latest) return { ...base, direction: "unknown", crossing: null };

  const next = nextThreshold(metric, latest.level);
  const scale = next?.value ?? RATE_LEVELS[metric].atRisk;
  if (Math.abs(slope * (windowMs / DAY)) < 0.01 * scale) return { ...base, direction: "flat", crossing: null };
  if (slope < 0) return { ...base, direction: "falling", crossing: null };
  if (!next) return { ...base, direction: "rising", crossing: null };
  const at = latest.t + ((next.value - latest.value) / slope) * DAY;
  return { ...base, direction: "rising", crossing: { level: next.level, threshold: next.value, at, inMs: at - opts.nowMs } };
}
