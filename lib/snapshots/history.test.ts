import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getDailyUsage, getHistorySeries } from "./history";
import { rollupHour } from "./rollup";

const HOUR = 3_600_000;
const now = new Date(Date.UTC(2026, 10, 28, 12, 30));

describe.each(databaseKinds())("history served from the store (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("joins daily roll-ups with the readings not rolled up yet", async () => {
    const region = "us-east-1";
    const reading = (h: number, score: number, sent: number) => ({
      takenAt: new Date(h),
      ok: true,
      readinessScore: score,
      sentLast24Hours: sent,
      max24HourSend: 200,
      maxSendRate: 1,
      production: false,
      sendingEnabled: true,
      enforcementStatus: "HEALTHY",
    });
    // Two days of roll-ups, the last one ending two hours ago.
    const rows = [];
    for (let h = now.getTime() - 50 * HOUR; h < now.getTime() - 2 * HOUR; h += HOUR)
      rows.push({ region, ...rollupHour(new Date(Math.floor(h / HOUR) * HOUR), [reading(h, 40, 100)]) });
    await store.db!.snapshotRollup.createMany({ data: rows });
    // Readings of the last two hours, not rolled up: one of them in the previous hour.
    await store.db!.accountSnapshot.createMany({
      data: [now.getTime() - 90 * 60_000, now.getTime() - 10 * 60_000].map((t, i) => ({
        region,
        ok: true,
        takenAt: new Date(t),
        readinessScore: 60 + i,
        sentLast24Hours: 150 + i,
        max24HourSend: 200,
      })),
    });

    const month = await getHistorySeries(region, "30d", now);
    expect(month.slice(0, -2).map((p) => p.score)).toEqual([40, 40, 40]);
    expect(month.slice(-2).map((p) => p.score)).toEqual([60, 61]);
    const week = await getHistorySeries(region, "7d", now);
    expect(week).toHaveLength(rows.length + 2);

    const usage = await getDailyUsage(region, 30, now);
    expect(usage.at(-1)).toEqual({ day: "2026-11-28", sent: 151, quota: 200 });
    expect(usage).toHaveLength(3);
  });
});
