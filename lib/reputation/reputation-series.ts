/**
 * The reputation metrics the dashboard reads from CloudWatch, and how their per-query answers become one
 * aligned table. A period with no datapoint stays null: a gap, never a zero.
 */
export type ReputationPoint = {
  t: number; // bucket start, epoch ms
  bounceRate: number | null;
  bounceRateMax: number | null;
  complaintRate: number | null;
  complaintRateMax: number | null;
  send: number | null;
  delivery: number | null;
  bounce: number | null;
  complaint: number | null;
  reject: number | null;
};

export type SeriesField = Exclude<keyof ReputationPoint, "t">;

export type ReputationQuery = { id: string; field: SeriesField; metricName: string; stat: "Average" | "Maximum" | "Sum" };

/** Query Ids must start with a lowercase letter, so they cannot be the metric names themselves. */
export const REPUTATION_QUERIES: readonly ReputationQuery[] = [
  { id: "bounce_rate", field: "bounceRate", metricName: "Reputation.BounceRate", stat: "Average" },
  { id: "bounce_rate_max", field: "bounceRateMax", metricName: "Reputation.BounceRate", stat: "Maximum" },
  { id: "complaint_rate", field: "complaintRate", metricName: "Reputation.ComplaintRate", stat: "Average" },
  { id: "complaint_rate_max", field: "complaintRateMax", metricName: "Reputation.ComplaintRate", stat: "Maximum" },
  { id: "send", field: "send", metricName: "Send", stat: "Sum" },
  { id: "delivery", field: "delivery", metricName: "Delivery", stat: "Sum" },
  { id: "bounce", field: "bounce", metricName: "Bounce", stat: "Sum" },
  { id: "complaint", field: "complaint", metricName: "Complaint", stat: "Sum" },
  { id: "reject", field: "reject", metricName: "Reject", stat: "Sum" },
];

export const SERIES_FIELDS: readonly SeriesField[] = REPUTATION_QUERIES.map((q) => q.field);

export type RawSeries = { t: number; v: number }[];

const emptyPoint = (t: number): ReputationPoint => ({
  t,
  bounceRate: null,
  bounceRateMax: null,
  complaintRate: null,
  complaintRateMax: null,
  send: null,
  delivery: null,
  bounce: null,
  complaint: null,
  reject: null,
});

/** One row per period from start (inclusive) to end (exclusive), whatever order the pages came in. */
export function alignSeries(startMs: number, endMs: number, periodSec: number, byId: ReadonlyMap<string, RawSeries>): ReputationPoint[] {
  const p = periodSec * 1000;
  const rows: ReputationPoint[] = [];
  for (let t = startMs; t < endMs; t += p) rows.push(emptyPoint(t));
  for (const q of REPUTATION_QUERIES) {
    for (const { t, v } of byId.get(q.id) ?? []) {
      const row = rows[Math.floor((t - startMs) / p)];
      if (row && Number.isFinite(v)) row[q.field] = v;
    }
  }
  return rows;
}

export type LatestValue = { t: number; value: number } | null;

export function latestValue(points: readonly ReputationPoint[], field: SeriesField): LatestValue {
  for (let i = points.length - 1; i >= 0; i--) {
    const v = points[i]?.[field];
    if (v !== null && v !== undefined) return { t: points[i]!.t, value: v };
  }
  return null;
}

/** Total of a volume series over the rows, ignoring gaps; null when every row is a gap. */
export function sumField(points: readonly ReputationPoint[], field: SeriesField): number | null {
  let total: number | null = null;
  for (const p of points) if (p[field] !== null) total = (total ?? 0) + p[field];
  return total;
}
