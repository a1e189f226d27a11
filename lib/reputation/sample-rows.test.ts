import { describe, expect, it } from "vitest";
import { bucketSamples, pointsToRows } from "./sample-rows";
import type { ReputationPoint } from "./reputation-series";

const M5 = 300_000;
const H = 3_600_000;
const row = (at: number, bounceRate: number | null, send: number | null) => ({
  at,
  bounceRate,
  complaintRate: null,
  send,
  delivery: null,
  bounce: null,
  complaint: null,
  reject: null,
});

describe("bucketSamples", () => {
  it("averages rates, keeps the worst, adds volumes, and leaves empty buckets null", () => {
    const rows = [row(0, 0.02, 10), row(M5, 0.04, 5), row(2 * H + M5, 0.1, null)];
    const out = bucketSamples(rows, 0, 3 * H, H);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ t: 0, bounceRateMax: 0.04, send: 15, complaintRate: null });
    expect(out[0]!.bounceRate).toBeCloseTo(0.03, 12);
    expect(out[1]).toMatchObject({ t: H, bounceRate: null, send: null });
    expect(out[2]).toMatchObject({ t: 2 * H, bounceRate: 0.1, send: null });
  });

  it("ignores rows outside the range", () => {
    expect(bucketSamples([row(-H, 0.5, 1), row(5 * H, 0.5, 1)], 0, 2 * H, H).every((p) => p.send === null)).toBe(true);
  });
});

describe("pointsToRows", () => {
  it("drops periods without any datapoint and keeps a zero as a zero", () => {
    const p = (t: number, send: number | null): ReputationPoint => ({
      t,
      bounceRate: null,
      bounceRateMax: null,
      complaintRate: null,
      complaintRateMax: null,
      send,
      delivery: null,
      bounce: null,
      complaint: null,
      reject: null,
    });
    expect(pointsToRows([p(0, null), p(M5, 0), p(2 * M5, 3)]).map((r) => [r.at, r.send])).toEqual([
      [M5, 0],
      [2 * M5, 3],
    ]);
  });
});
