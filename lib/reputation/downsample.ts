import type { ReputationPoint } from "./reputation-series";

export type SeriesPoint = { t: number; v: number | null };

/**
 * Keeps a single series' shape in at most `maxPoints`: each bucket yields its lowest and highest point in time
 * order, so a one-hour spike in a year survives. A bucket with no value yields one null point: still a gap.
 */
export function downsampleMinMax(series: readonly SeriesPoint[], maxPoints: number): SeriesPoint[] {
  if (series.length <= maxPoints) return series.slice();
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const out: SeriesPoint[] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * series.length) / buckets);
    const to = Math.floor(((b + 1) * series.length) / buckets);
    let lo = -1;
    let hi = -1;
    for (let i = from; i < to; i++) {
      const v = series[i]!.v;
      if (v === null) continue;
      if (lo < 0 || v < series[lo]!.v!) lo = i;
      if (hi < 0 || v > series[hi]!.v!) hi = i;
    }
    if (lo < 0) out.push({ t: series[from]!.t, v: null });
    else if (lo === hi) out.push(series[lo]!);
    else out.push(series[Math.min(lo, hi)]!, series[Math.max(lo, hi)]!);
  }
  return out;
}

export type Aggregator = "mean" | "max" | "min" | "sum";

/** Folds one field over rows[from, to) in a single pass; null when every row is a gap. */
function fold(rows: ReadonlyArray<Record<string, unknown>>, from: number, to: number, field: string, how: Aggregator): number | null {
  let acc: number | null = null;
  let n = 0;
  for (let i = from; i < to; i++) {
    const v = rows[i]![field] as number | null;
    if (v === null) continue;
    n++;
    if (acc === null) acc = v;
    else if (how === "max") acc = v > acc ? v : acc;
    else if (how === "min") acc = v < acc ? v : acc;
    else acc += v;
  }
  return how === "mean" && acc !== null ? acc / n : acc;
}

/** Rows of equally spaced periods merged into at most `maxRows`, each field by its own aggregator; t is the bucket's first period. */
export function bucketRows<R extends { t: number }>(
  rows: readonly R[],
  maxRows: number,
  aggregators: Record<Exclude<keyof R, "t">, Aggregator>,
): R[] {
  const size = Math.max(1, Math.ceil(rows.length / Math.max(1, maxRows)));
  const fields = Object.entries(aggregators) as Array<[string, Aggregator]>;
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const row: Record<string, number | null> = { t: rows[i]!.t };
    const end = Math.min(rows.length, i + size);
    for (const [f, how] of fields) row[f] = fold(rows as ReadonlyArray<Record<string, unknown>>, i, end, f, how);
    out.push(row as R);
  }
  return out;
}

/** Volumes add up, average rates average, and the Maximum series keep each bucket's worst period. */
export const REPUTATION_AGGREGATORS: Record<Exclude<keyof ReputationPoint, "t">, Aggregator> = {
  bounceRate: "mean",
  bounceRateMax: "max",
  complaintRate: "mean",
  complaintRateMax: "max",
  send: "sum",
  delivery: "sum",
  bounce: "sum",
  complaint: "sum",
  reject: "sum",
};

export const downsampleReputation = (points: readonly ReputationPoint[], maxRows = 1000): ReputationPoint[] =>
  bucketRows(points, maxRows, REPUTATION_AGGREGATORS);
