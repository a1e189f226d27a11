import { describe, expect, it } from "vitest";
import { findSpikes } from "./find-spikes";
import type { ReputationPoint } from "./reputation-series";

const H = 3_600_000;
const point = (i: number, bounce: number | null, complaint: number | null = 0.0002): ReputationPoint => ({
  t: i * H,
  bounceRate: bounce,
  bounceRateMax: bounce,
  complaintRate: complaint,
  complaintRateMax: complaint,
  send: 10,
  delivery: 10,
  bounce: 0,
  complaint: 0,
  reject: 0,
});

describe("findSpikes", () => {
  it("groups consecutive periods at or above the review level, across gaps, with the peak and the worst level", () => {
    const pts = [point(0, 0.01), point(1, 0.05), point(2, null), point(3, 0.12), point(4, 0.06), point(5, 0.049), point(6, 0.07)];
    expect(findSpikes(pts, "bounce", H)).toEqual([
      { metric: "bounce", startMs: 1 * H, endMs: 5 * H, peak: { t: 3 * H, value: 0.12 }, level: "at-risk" },
      { metric: "bounce", startMs: 6 * H, endMs: 7 * H, peak: { t: 6 * H, value: 0.07 }, level: "review" },
    ]);
  });

  it("counts exactly 0.1% as a complaint spike and finds none in a healthy series", () => {
    expect(findSpikes([point(0, 0.01, 0.001)], "complaint", H)).toHaveLength(1);
    expect(findSpikes([point(0, 0.01, 0.00099)], "complaint", H)).toEqual([]);
    expect(findSpikes([point(0, 0.0499), point(1, null)], "bounce", H)).toEqual([]);
  });
});
