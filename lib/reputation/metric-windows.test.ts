import { describe, expect, it } from "vitest";
import { alignWindow, MAX_DATAPOINTS_PER_CALL, pickPeriod, RANGES, rangeWindow, resolutionForAge, type RangeKey } from "./metric-windows";

const NOW = Date.UTC(2026, 10, 28, 12, 34, 56);
const DAY = 86_400_000;

describe("periods that CloudWatch answers", () => {
  it("follows retention: 1 minute within 15 days, 5 minutes within 63, hourly beyond", () => {
    expect(resolutionForAge(NOW - 15 * DAY, NOW)).toBe(60);
    expect(resolutionForAge(NOW - 15 * DAY - 1, NOW)).toBe(300);
    expect(resolutionForAge(NOW - 63 * DAY, NOW)).toBe(300);
    expect(resolutionForAge(NOW - 64 * DAY, NOW)).toBe(3600);
    expect(pickPeriod(NOW - 20 * DAY, NOW, NOW, 1, 60)).toBe(300);
    expect(pickPeriod(NOW - 20 * DAY, NOW, NOW, 1, 400)).toBe(600);
  });

  it("raises the period until one call holds every query's datapoints", () => {
    const p = pickPeriod(NOW - 14 * DAY, NOW, NOW, 500, 60);
    const points = (period: number) => (Math.ceil((14 * DAY) / 1000 / period) + 1) * 500;
    expect(p % 60).toBe(0);
    expect(points(p)).toBeLessThanOrEqual(MAX_DATAPOINTS_PER_CALL);
    expect(points(p - 60)).toBeGreaterThan(MAX_DATAPOINTS_PER_CALL);
  });

  it.each(Object.keys(RANGES) as RangeKey[])("range %s: aligned, within retention, one call for 9 queries", (range) => {
    const w = rangeWindow(range, NOW, 9);
    expect(w.startMs % (w.period * 1000)).toBe(0);
    expect(w.endMs % (w.period * 1000)).toBe(0);
    expect(w.endMs).toBeGreaterThan(NOW);
    expect(w.startMs).toBeLessThanOrEqual(NOW - RANGES[range].spanMs);
    expect(w.period % resolutionForAge(w.startMs, NOW)).toBe(0);
    expect(((w.endMs - w.startMs) / 1000 / w.period) * 9).toBeLessThanOrEqual(MAX_DATAPOINTS_PER_CALL);
  });

  it("clips a window to what CloudWatch still keeps", () => {
    const w = alignWindow(NOW - 800 * DAY, NOW, NOW, 9);
    expect(NOW - w.startMs).toBeLessThanOrEqual(455 * DAY);
    expect(w.period).toBe(3600);
  });
});
