import "server-only";
import { RANGES, type RangeKey } from "./metric-windows";
import type { ReputationPoint } from "./reputation-series";
import { bucketStoredSamples } from "./bucket-samples-sql";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One point per bucket, at most about 730 per series, whatever the stored resolution: a year costs the browser what a day does. */
export const CHART_BUCKET_MS: Record<RangeKey, number> = { "24h": 5 * MINUTE, "7d": HOUR, "30d": HOUR, "90d": 3 * HOUR, "1y": 12 * HOUR };

export type ReputationChart = {
  region: string;
  range: RangeKey;
  startMs: number;
  endMs: number;
  bucketMs: number;
  points: ReputationPoint[];
};

/** The chart series of a range, from the stored samples; a bucket with no stored period is a null point, drawn as a gap. */
export async function readReputationChart(region: string, range: RangeKey, now: Date = new Date()): Promise<ReputationChart> {
  const bucketMs = CHART_BUCKET_MS[range];
  const endMs = Math.ceil(now.getTime() / bucketMs) * bucketMs;
  const startMs = Math.floor((now.getTime() - RANGES[range].spanMs) / bucketMs) * bucketMs;
  // Aggregated in SQL: loading a year of 5-minute rows into JavaScript took about half a second (npm run bench).
  const points = await bucketStoredSamples(region, startMs, endMs, bucketMs);
  return { region, range, startMs, endMs, bucketMs, points };
}
