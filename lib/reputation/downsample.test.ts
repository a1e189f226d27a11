import { describe, expect, it } from "vitest";
import { bucketRows, downsampleMinMax, downsampleReputation } from "./downsample";
import { alignSeries } from "./reputation-series";

const FIVE_MIN = 300_000;

describe("downsampleMinMax", () => {
  const year = Array.from({ length: 105_120 }, (_, i) => ({ t: i * FIVE_MIN, v: i === 50_000 ? 0.09 : 0.01 + (i % 7) * 0.0001 }));

  it("shrinks a year of 5-minute points to the budget and keeps a one-period spike", () => {
    const out = downsampleMinMax(year, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.length).toBeGreaterThan(900);
    expect(Math.max(...out.map((p) => p.v ?? 0))).toBe(0.09);
    expect(out.find((p) => p.v === 0.09)?.t).toBe(50_000 * FIVE_MIN);
    expect(Math.min(...out.map((p) => p.v ?? 1))).toBe(0.01);
    const ts = out.map((p) => p.t);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it("keeps a gap as a null point and leaves short series alone", () => {
    const withGap = year.map((p, i) => (i >= 10_000 && i < 30_000 ? { ...p, v: null } : p));
    const out = downsampleMinMax(withGap, 100);
    expect(out.some((p) => p.v === null)).toBe(true);
    expect(out.filter((p) => p.v === null).every((p) => p.t >= 10_000 * FIVE_MIN && p.t < 30_000 * FIVE_MIN)).toBe(true);
    const short = year.slice(0, 10);
    expect(downsampleMinMax(short, 100)).toEqual(short);
  });
});

describe("bucketRows and downsampleReputation", () => {
  it("sums volumes, averages rates, keeps the worst period, and leaves all-gap buckets null", () => {
    const rows = [
      { t: 0, a: 1, b: 0.01 },
      { t: 1, a: 2, b: null },
      { t: 2, a: null, b: 0.03 },
      { t: 3, a: null, b: null },
    ];
    expect(bucketRows(rows, 2, { a: "sum", b: "mean" })).toEqual([
      { t: 0, a: 3, b: 0.01 },
      { t: 2, a: null, b: 0.03 },
    ]);

    const points = alignSeries(
      0,
      4 * FIVE_MIN,
      300,
      new Map([
        [
          "send",
          [
            { t: 0, v: 10 },
            { t: FIVE_MIN, v: 20 },
          ],
        ],
        [
          "bounce_rate_max",
          [
            { t: 0, v: 0.02 },
            { t: FIVE_MIN, v: 0.08 },
          ],
        ],
      ]),
    );
    const down = downsampleReputation(points, 2);
    expect(down.map((p) => [p.t, p.send, p.bounceRateMax])).toEqual([
      [0, 30, 0.08],
      [2 * FIVE_MIN, null, null],
    ]);
  });
});
