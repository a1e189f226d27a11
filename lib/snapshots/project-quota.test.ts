import { describe, expect, it } from "vitest";
import { projectQuota, type DailyUsage } from "./project-quota";

const series = (sent: number[], quota = 200): DailyUsage[] =>
  sent.map((s, i) => ({ day: new Date(Date.UTC(2026, 10, 1 + i)).toISOString().slice(0, 10), sent: s, quota }));

describe("quota projection", () => {
  it("finds the day a steady rise reaches the quota", () => {
    // 10 more a day from 100 on Nov 10 (the 10th point): 200 is reached 10 days later.
    const p = projectQuota(series([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]));
    expect(p).toMatchObject({ kind: "reaches", on: "2026-11-20", daysLeft: 10 });
  });

  it("says never for flat or falling usage, and refuses to guess from too little", () => {
    expect(projectQuota(series([50, 50, 50, 50])).kind).toBe("not-rising");
    expect(projectQuota(series([90, 80, 70])).kind).toBe("not-rising");
    expect(projectQuota(series([10, 20])).kind).toBe("not-enough-data");
    expect(projectQuota(series([150, 190, 200])).kind).toBe("at-quota");
  });
});
