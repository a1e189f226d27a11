import "server-only";
import { db } from "../db/client";
import { RANGES, type RangeKey } from "./metric-windows";
import type { ReputationPoint } from "./reputation-series";
import { bucketSamples, SAMPLE_FIELDS } from "./sample-rows";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** One point per bucket, at most about 730 per series, whatever the stored resolution: a year costs the browser what a day does. */
export const CHART_BUCKET_MS: Record<RangeKey, number> = { "24h": 5 * MINUTE, "7d": HOUR, "30d": HOUR, "90d": 3 * HOUR, "1y": 12 * HOUR };

export type ReputationChart = { region: string; range: RangeKey; startMs: number; endMs: number; bucketMs: number; points: ReputationPoint[] };

/** The chart series of a range, from the stored samples; a bucket with no stored period is a null point, drawn as a gap. */
export async function readReputationChart(region: string, range: RangeKey, now: Date = new Date()): Promise<ReputationChart> {
  const bucketMs = CHART_BUCKET_MS[range];
  const endMs = Math.ceil(now.getTime() / bucketMs) * bucketMs;
  const startMs = Math.floor((now.getTime() - RANGES[range].spanMs) / bucketMs) * bucketMs;
  const rows = await db().reputationSample.findMany({
    where: { region, at: { gte: new Date(startMs), lt: new Date(endMs) } },
    orderBy: { at: "asc" },
    select: { at: true, ...Object.fromEntries(SAMPLE_FIELDS.map((f) => [f, true])) } as { at: true } & Record<(typeof SAMPLE_FIELDS)[number], true>,
  });
  const points = bucketSamples(rows.map((r) => ({ ...r, at: r.at.getTime() })), startMs, endMs, bucketMs);
  return { region, range, startMs, endMs, bucketMs, points };
}
