import type { ReputationPoint } from "./reputation-series";

/** The columns a ReputationSample row stores. The Maximum series are not stored: a stored row's rate is its own maximum. */
export const SAMPLE_FIELDS = ["bounceRate", "complaintRate", "send", "delivery", "bounce", "complaint", "reject"] as const;
export type SampleField = (typeof SAMPLE_FIELDS)[number];
export type SampleValues = Record<SampleField, number | null>;
export type SampleRow = { at: number } & SampleValues;

/** A period with no datapoint at all is not stored: absence is the gap, so nothing reads as zero. */
export function pointsToRows(points: readonly ReputationPoint[]): SampleRow[] {
  const rows: SampleRow[] = [];
  for (const p of points) {
    const row = { at: p.t } as SampleRow;
    let any = false;
    for (const f of SAMPLE_FIELDS) {
      row[f] = p[f];
      if (p[f] !== null) any = true;
    }
    if (any) rows.push(row);
  }
  return rows;
}

export const sameValues = (a: SampleValues, b: SampleValues): boolean => SAMPLE_FIELDS.every((f) => a[f] === b[f]);

export function rowToPoint(r: { at: number } & SampleValues): ReputationPoint {
  return {
    t: r.at,
    bounceRate: r.bounceRate,
    bounceRateMax: r.bounceRate,
    complaintRate: r.complaintRate,
    complaintRateMax: r.complaintRate,
    send: r.send,
    delivery: r.delivery,
    bounce: r.bounce,
    complaint: r.complaint,
    reject: r.reject,
  };
}

/**
 * Stored rows (any period, ascending) folded into buckets of `bucketMs` from `startMs` to `endMs`, one point per
 * bucket; a bucket without rows is a null point, a gap. Rates average, maxima keep the worst, volumes add up.
 */
export function bucketSamples(
  rows: ReadonlyArray<{ at: number } & SampleValues>,
  startMs: number,
  endMs: number,
  bucketMs: number,
): ReputationPoint[] {
  const n = Math.max(0, Math.ceil((endMs - startMs) / bucketMs));
  const out: ReputationPoint[] = [];
  const counts: Array<{ b: number; c: number }> = [];
  for (let i = 0; i < n; i++) {
    out.push({
      t: startMs + i * bucketMs,
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
    counts.push({ b: 0, c: 0 });
  }
  for (const r of rows) {
    const i = Math.floor((r.at - startMs) / bucketMs);
    const p = out[i];
    if (!p) continue;
    const c = counts[i]!;
    if (r.bounceRate !== null) {
      p.bounceRate = (p.bounceRate ?? 0) + r.bounceRate;
      p.bounceRateMax = Math.max(p.bounceRateMax ?? -Infinity, r.bounceRate);
      c.b++;
    }
    if (r.complaintRate !== null) {
      p.complaintRate = (p.complaintRate ?? 0) + r.complaintRate;
      p.complaintRateMax = Math.max(p.complaintRateMax ?? -Infinity, r.complaintRate);
      c.c++;
    }
    for (const f of ["send", "delivery", "bounce", "complaint", "reject"] as const) if (r[f] !== null) p[f] = (p[f] ?? 0) + r[f];
  }
  out.forEach((p, i) => {
    const c = counts[i]!;
    if (c.b > 0) p.bounceRate = p.bounceRate! / c.b;
    if (c.c > 0) p.complaintRate = p.complaintRate! / c.c;
  });
  return out;
}
