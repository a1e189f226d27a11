// `npx tsx scripts/bench-reputation.ts`: the in-memory costs of the reputation logic on a year of
// 5-minute points in three regions (the 2.2 million values), and what collection costs per day.
// The chart API on a database (SQLite and PostgreSQL, bucketed in SQL) is scripts/bench-reputation-db.mts, and the
// production server under 50 clients is part of `npm run bench`.
import { collectionCost } from "../lib/reputation/collection-plan";
import { downsampleMinMax, downsampleReputation } from "../lib/reputation/downsample";
import { rateTrend } from "../lib/reputation/rate-trend";
import { renderReputationCsv } from "../lib/reputation/render-csv";
import { renderPrometheusMetrics } from "../lib/reputation/render-prometheus-metrics";
import { reputationYear, YEAR_POINTS } from "./bench-lib/reputation-year";

const now = Date.UTC(2026, 10, 28);
const POINTS = YEAR_POINTS;

function time<T>(label: string, runs: number, f: () => T): T {
  let out: T = f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    out = f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(7)} ms`);
  return out;
}

const regions = [1, 2, 3].map((seed) => reputationYear(seed, now));
console.log(
  `${regions.length} regions × ${POINTS} five-minute periods × 7 metrics = ${(regions.length * POINTS * 7).toLocaleString("en")} values\n`,
);
const one = regions[0]!;
const down = time("downsampleReputation, one region's year to 1,000 rows", 20, () => downsampleReputation(one, 1000));
const series = one.map((p) => ({ t: p.t, v: p.bounceRate }));
const minmax = time("downsampleMinMax, one year series to 1,000 points", 20, () => downsampleMinMax(series, 1000));
console.log(
  `  spike kept: rows ${Math.max(...down.map((p) => p.bounceRateMax ?? 0))}, min/max ${Math.max(...minmax.map((p) => p.v ?? 0))}`,
);
time("rateTrend over the last 24 hours", 20, () => rateTrend("bounce", series, { nowMs: now }));
const csv = time("renderReputationCsv, one region's full year", 5, () => renderReputationCsv(one));
console.log(`  CSV size ${(csv.length / 1e6).toFixed(1)} MB`);
time("renderPrometheusMetrics, three regions", 50, () =>
  renderPrometheusMetrics(
    regions.map((r, i) => ({
      account: "default",
      region: `region-${i}`,
      bounceRate: r.at(-1)!.bounceRate,
      complaintRate: r.at(-1)!.complaintRate,
      volumes24h: { send: 500 },
      quota: { max24Hour: 50_000, maxSendRate: 14, sentLast24Hours: 500 },
      sandbox: false,
      sendingEnabled: true,
      enforcementStatus: "HEALTHY",
      readinessScore: 90,
    })),
  ),
);

console.log("\nGetMetricData cost of collection (9 metrics per call; billed per metric, not per datapoint):");
for (const [interval, n] of [
  [5, 1],
  [5, 3],
  [15, 3],
] as const) {
  const c = collectionCost(interval, n);
  console.log(
    `  every ${interval} min, ${n} region(s): ${c.callsPerDay} calls/day, ${c.metricsPerDay} metrics/day, about $${c.usdPer30Days.toFixed(2)} per 30 days`,
  );
}
console.log("  first connection: 2 calls (a year hourly, 15 days at 5 minutes) = 18 metrics per region");
