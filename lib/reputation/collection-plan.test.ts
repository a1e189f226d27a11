import { describe, expect, it } from "vitest";
import { collectionCost, planCollection } from "./collection-plan";
import { alignWindow, resolutionForAge } from "./metric-windows";

const NOW = Date.UTC(2026, 10, 28, 12, 7);
const DAY = 86_400_000;

describe("planCollection", () => {
  it("back-fills a year hourly and 15 days at 5 minutes on first connection, each in one call", () => {
    const plan = planCollection(null, NOW);
    expect(plan).toEqual([
      { start: NOW - 365 * DAY, end: NOW - 15 * DAY, period: 3600 },
      { start: NOW - 15 * DAY, end: NOW, period: 300 },
    ]);
    for (const w of plan) {
      const aligned = alignWindow(w.start, w.end, NOW, 9, w.period);
      expect(aligned.period).toBe(w.period);
      expect(aligned.period % resolutionForAge(aligned.startMs, NOW)).toBe(0);
    }
  });

  it("then asks only from the last stored point, with an overlap", () => {
    expect(planCollection(NOW - 5 * 60_000, NOW)).toEqual([{ start: NOW - 65 * 60_000, end: NOW, period: 300 }]);
    expect(planCollection(NOW - 600 * DAY, NOW)[0]?.start).toBe(NOW - 455 * DAY);
  });
});

describe("collectionCost", () => {
  it("counts nine metrics per call, per region, whatever the history", () => {
    expect(collectionCost(5, 3)).toEqual({ callsPerDay: 864, metricsPerDay: 7776, usdPer30Days: 2.3328 });
    expect(collectionCost(60, 1).metricsPerDay).toBe(216);
  });
});
