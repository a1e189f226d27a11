/** Deterministic metric history for AWS/SES, and the aggregation GetMetricData and alarms share. */

export type Datapoint = { t: number; v: number }; // t in epoch ms
export type MetricSeries = Map<string, Datapoint[]>; // by metric name (account-level, no dimensions)

export type HistoryScenario = {
  days: number;
  dailySends: number;
  /** Steady-state hard-bounce fraction, default 0.01. */
  bounceRate?: number;
  /** Steady-state complaint fraction, default 0.0005. */
  complaintRate?: number;
  bounceSpike?: { dayAgo: number; rate: number };
  complaintSpike?: { dayAgo: number; rate: number };
  seed?: number;
};

export const SES_METRICS = [
  "Send",
  "Delivery",
  "Bounce",
  "Complaint",
  "Reject",
  "Reputation.BounceRate",
  "Reputation.ComplaintRate",
] as const;

/** mulberry32: small, seedable, good enough for plausible noise that tests can pin down. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hourly datapoints from `days` ago up to the hour containing `nowMs`. */
export function generateHistory(h: HistoryScenario, nowMs: number): MetricSeries {
  const rand = seededRandom(h.seed ?? 42);
  const series: MetricSeries = new Map(SES_METRICS.map((m) => [m, [] as Datapoint[]]));
  const push = (m: string, t: number, v: number) => series.get(m)?.push({ t, v });
  const endHour = Math.floor(nowMs / HOUR) * HOUR;
  const baseBounce = h.bounceRate ?? 0.01;
  const baseComplaint = h.complaintRate ?? 0.0005;
  for (let t = endHour - h.days * DAY; t <= endHour; t += HOUR) {
    const dayAgo = Math.floor((endHour - t) / DAY);
    const bounceRate = h.bounceSpike && h.bounceSpike.dayAgo === dayAgo ? h.bounceSpike.rate : baseBounce * (0.8 + 0.4 * rand());
    const complaintRate =
      h.complaintSpike && h.complaintSpike.dayAgo === dayAgo ? h.complaintSpike.rate : baseComplaint * (0.8 + 0.4 * rand());
    const sends = Math.max(0, Math.round((h.dailySends / 24) * (0.7 + 0.6 * rand())));
    const bounces = Math.round(sends * bounceRate);
    const complaints = Math.round(sends * complaintRate);
    push("Send", t, sends);
    push("Delivery", t, sends - bounces);
    push("Bounce", t, bounces);
    push("Complaint", t, complaints);
    push("Reject", t, 0);
    // Reputation metrics are rates over a representative window; a per-hour rate keeps the spike visible and simple.
    push("Reputation.BounceRate", t, Number(bounceRate.toFixed(5)));
    push("Reputation.ComplaintRate", t, Number(complaintRate.toFixed(6)));
  }
  return series;
}

export type Stat = "Sum" | "Average" | "Minimum" | "Maximum" | "SampleCount";

export function aggregate(values: number[], stat: string): number | undefined {
  if (values.length === 0) return undefined;
  switch (stat) {
    case "Sum":
      return values.reduce((a, b) => a + b, 0);
    case "Average":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "Minimum":
      return Math.min(...values);
    case "Maximum":
      return Math.max(...values);
    case "SampleCount":
      return values.length;
    default:
      return undefined;
  }
}

/** Buckets of `periodSec` aligned to startMs; empty buckets are left out, as CloudWatch does. Ascending. */
export function bucketize(points: Datapoint[], startMs: number, endMs: number, periodSec: number, stat: string): Datapoint[] {
  const periodMs = periodSec * 1000;
  const buckets = new Map<number, number[]>();
  for (const p of points) {
    if (p.t < startMs || p.t >= endMs) continue;
    const b = startMs + Math.floor((p.t - startMs) / periodMs) * periodMs;
    const list = buckets.get(b) ?? [];
    list.push(p.v);
    buckets.set(b, list);
  }
  const out: Datapoint[] = [];
  for (const [t, vs] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) {
    const v = aggregate(vs, stat);
    if (v !== undefined) out.push({ t, v });
  }
  return out;
}

export type RateInjection = {
  /** Hours, ending with the current one, whose figures are replaced (default 1). */
  hours?: number;
  /** Messages sent in each of those hours (default 1000). */
  sends?: number;
  bounceRate?: number;
  complaintRate?: number;
};

const INJECTED = ["Send", "Delivery", "Bounce", "Complaint", "Reputation.BounceRate", "Reputation.ComplaintRate"];

/**
 * Replaces the last hours' figures with the given rates, as a bounce or complaint spike would publish them:
 * the demo and the tests use it to put an account at review or pause level within one collection.
 */
export function injectRates(series: MetricSeries, inj: RateInjection, nowMs: number): void {
  const hours = Math.max(1, Math.min(24 * 30, Math.floor(inj.hours ?? 1)));
  const sends = Math.max(0, Math.round(inj.sends ?? 1000));
  const endHour = Math.floor(nowMs / HOUR) * HOUR;
  const from = endHour - (hours - 1) * HOUR;
  for (const m of INJECTED)
    series.set(
      m,
      (series.get(m) ?? []).filter((p) => p.t < from),
    );
  const bounceRate = inj.bounceRate ?? 0;
  const complaintRate = inj.complaintRate ?? 0;
  for (let t = from; t <= endHour; t += HOUR) {
    const bounces = Math.round(sends * bounceRate);
    const values: [string, number][] = [
      ["Send", sends],
      ["Delivery", sends - bounces],
      ["Bounce", bounces],
      ["Complaint", Math.round(sends * complaintRate)],
      ["Reputation.BounceRate", bounceRate],
      ["Reputation.ComplaintRate", complaintRate],
    ];
    for (const [m, v] of values) series.get(m)!.push({ t, v });
  }
}
