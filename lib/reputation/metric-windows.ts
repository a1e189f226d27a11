/**
 * Time windows and periods for GetMetricData. CloudWatch keeps 1-minute data 15 days, 5-minute data 63 days
 * and hourly data 455 days; a period finer than what survives at the window's start returns nothing, and one
 * call returns at most 100,800 datapoints across its queries (notes/aws-api.md §7.2).
 */
export type RangeKey = "24h" | "7d" | "30d" | "90d" | "1y";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const MAX_DATAPOINTS_PER_CALL = 100_800;
export const RETENTION_MS = 455 * DAY;

/** Span and preferred period per range: 5 minutes where CloudWatch still has it, hourly beyond. */
export const RANGES: Record<RangeKey, { spanMs: number; period: number }> = {
  "24h": { spanMs: DAY, period: 300 },
  "7d": { spanMs: 7 * DAY, period: 300 },
  "30d": { spanMs: 30 * DAY, period: 3600 },
  "90d": { spanMs: 90 * DAY, period: 3600 },
  "1y": { spanMs: 365 * DAY, period: 3600 },
};

export const isRangeKey = (v: unknown): v is RangeKey => typeof v === "string" && v in RANGES;

/** The finest period, in seconds, CloudWatch still answers for data that old. */
export function resolutionForAge(startMs: number, nowMs: number): 60 | 300 | 3600 {
  const age = nowMs - startMs;
  if (age <= 15 * DAY) return 60;
  if (age <= 63 * DAY) return 300;
  return 3600;
}

/** The smallest period ≥ `preferred` that CloudWatch accepts for the window and that fits one call. */
export function pickPeriod(startMs: number, endMs: number, nowMs: number, queries: number, preferred = 60): number {
  const res = resolutionForAge(startMs, nowMs);
  const roundUp = (p: number) => Math.ceil(p / res) * res;
  // One bucket of slack: aligning the start to the period can add a partial bucket at each end.
  const bucketsAllowed = Math.floor(MAX_DATAPOINTS_PER_CALL / Math.max(1, queries)) - 1;
  const forLimit = Math.ceil((endMs - startMs) / 1000 / bucketsAllowed);
  return roundUp(Math.max(preferred, forLimit, res));
}

export type MetricWindow = { startMs: number; endMs: number; period: number };

/**
 * Buckets aligned to multiples of the period (so hourly buckets fall on the hour), ending after the bucket
 * that holds `now`: the newest bucket may still be filling.
 */
export function alignWindow(startMs: number, endMs: number, nowMs: number, queries: number, preferred?: number): MetricWindow {
  const earliest = nowMs - RETENTION_MS;
  const from = Math.max(startMs, earliest);
  const period = pickPeriod(from, endMs, nowMs, queries, preferred);
  const p = period * 1000;
  let alignedStart = Math.floor(from / p) * p;
  // Flooring may step back past a retention boundary; the data must still exist at the resolution chosen.
  if (alignedStart < earliest || resolutionForAge(alignedStart, nowMs) > resolutionForAge(from, nowMs)) alignedStart += p;
  return { startMs: alignedStart, endMs: Math.ceil(endMs / p) * p, period };
}

export function rangeWindow(range: RangeKey, nowMs: number, queries: number): MetricWindow {
  const r = RANGES[range];
  return alignWindow(nowMs - r.spanMs, nowMs, nowMs, queries, r.period);
}
