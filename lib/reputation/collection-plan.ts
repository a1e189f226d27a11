import { REPUTATION_QUERIES } from "./reputation-series";

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

export type PlannedWindow = { start: number; end: number; period: number };

export type PlanOptions = {
  /** Re-read this much before the last stored point: the newest bucket was still filling, and SES metrics arrive late. */
  overlapMs?: number;
  /** How far back the first collection reads hourly data (CloudWatch keeps it 455 days). */
  backfillHourlyMs?: number;
};

/**
 * The GetMetricData windows for one collection. First connection: hourly back to a year, then 5-minute for the
 * last 15 days (finer data than CloudWatch keeps that long is gone). Afterwards only the periods since the last
 * stored point, so the cost stays flat as history grows. Rows are keyed by (region, period, bucket start):
 * bucket starts are multiples of the period, so a re-read or a skewed clock upserts the same rows.
 */
export function planCollection(lastStoredMs: number | null, nowMs: number, opts: PlanOptions = {}): PlannedWindow[] {
  const fiveMinFrom = nowMs - 15 * DAY;
  if (lastStoredMs === null) {
    return [
      { start: nowMs - (opts.backfillHourlyMs ?? 365 * DAY), end: fiveMinFrom, period: 3600 },
      { start: fiveMinFrom, end: nowMs, period: 300 },
    ];
  }
  const start = Math.max(lastStoredMs - (opts.overlapMs ?? 60 * MINUTE), nowMs - 455 * DAY);
  return [{ start, end: nowMs, period: 300 }];
}

/**
 * What steady collection costs: each GetMetricData call bills every metric it asks for ($0.01 per 1,000 metrics
 * in us-east-1, from third-party summaries; notes/aws-api.md §7.5), whatever the number of datapoints.
 */
export function collectionCost(intervalMinutes: number, regions: number, usdPer1000Metrics = 0.01) {
  const callsPerDay = Math.ceil(1440 / intervalMinutes) * regions;
  const metricsPerDay = callsPerDay * REPUTATION_QUERIES.length;
  return { callsPerDay, metricsPerDay, usdPer30Days: (metricsPerDay * 30 * usdPer1000Metrics) / 1000 };
}
