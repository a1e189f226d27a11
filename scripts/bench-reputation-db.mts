// Seeds a year of 5-minute reputation samples for three regions (7 metrics: about 2.2 million values) into a
// database (the migrated schema, bulk inserts), then times the chart data function of the Reputation page and of
// GET /api/reputation (readReputationChart) for each range:
//   node --conditions=react-server --import tsx scripts/bench-reputation-db.mts <file:path.db | postgresql://…/db>
// The database is left seeded for the server benchmark. Prints one JSON line:
//   { rows, values, seedSeconds, chartMs: { range: median ms }, rowsIntoJsMs }
import { useDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { readReputationChart } from "../lib/reputation/chart-data";
import { RANGES, type RangeKey } from "../lib/reputation/metric-windows";
import { bucketSamples, pointsToRows, SAMPLE_FIELDS } from "../lib/reputation/sample-rows";
import { bulkInsertSamples } from "./bench-lib/bulk-insert-samples";
import { BENCH_REGIONS, FIVE_MIN, reputationYear } from "./bench-lib/reputation-year";

const url = process.argv[2];
if (!url) throw new Error("usage: bench-reputation-db.mts <database url>");
await migrate(url);
const db = await useDatabase(url);
const now = new Date();
const endMs = Math.floor(now.getTime() / FIVE_MIN) * FIVE_MIN;

const t0 = performance.now();
let rows = 0;
for (const [i, region] of BENCH_REGIONS.entries()) {
  rows += await bulkInsertSamples(url, region, 300, pointsToRows(reputationYear(i + 1, endMs)));
}
const seedSeconds = (performance.now() - t0) / 1000;

const chartMs: Partial<Record<RangeKey, number>> = {};
for (const range of Object.keys(RANGES) as RangeKey[]) {
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const s = performance.now();
    const chart = await readReputationChart("us-east-1", range, now);
    if (!chart.points.some((p) => p.send !== null)) throw new Error(`no chart data for ${range}`);
    if (i >= 5) times.push(performance.now() - s);
  }
  chartMs[range] = median(times);
}

// For comparison, what the chart cost before it was aggregated in SQL: every row of the year into JavaScript.
const before: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const year = await db.reputationSample.findMany({
    where: { region: "us-east-1", at: { gte: new Date(endMs - RANGES["1y"].spanMs), lt: new Date(endMs) } },
    orderBy: { at: "asc" },
    select: { at: true, ...Object.fromEntries(SAMPLE_FIELDS.map((f) => [f, true])) } as Record<"at" | (typeof SAMPLE_FIELDS)[number], true>,
  });
  bucketSamples(
    year.map((r) => ({ ...(r as unknown as Record<(typeof SAMPLE_FIELDS)[number], number | null>), at: r.at.getTime() })),
    endMs - RANGES["1y"].spanMs,
    endMs,
    12 * 3_600_000,
  );
  before.push(performance.now() - s);
}

await db.$disconnect();
console.log(JSON.stringify({ rows, values: rows * SAMPLE_FIELDS.length, seedSeconds, chartMs, rowsIntoJsMs: median(before) }));

function median(xs: number[]) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}
