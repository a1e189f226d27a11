// Seeds two years of readings for three regions into a SQLite database and
// times the history chart's data, served from the database:
//   node --conditions=react-server --import tsx scripts/bench-snapshots.mts <file:path.db>
// Prints one JSON line: { seeded, historyMs: { range: median ms } }.
import { useDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { evaluateReadiness } from "../lib/readiness/evaluate-readiness";
import { sampleAccount, sampleState } from "../lib/readiness/sample-state";
import { rollupHour } from "../lib/snapshots/rollup";
import { getHistorySeries, HISTORY_RANGES, type HistoryRange } from "../lib/snapshots/history";

export const BENCH_REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const url = process.argv[2];
if (!url) throw new Error("usage: bench-snapshots.mts <database url>");

const now = Date.now();
await migrate(url);
const db = await useDatabase(url);

const readiness = evaluateReadiness(sampleState({ account: sampleAccount({ suppressedReasons: ["BOUNCE"] }) }));
let seeded = 0;
for (const region of BENCH_REGIONS) {
  const report = await db.readinessReport.create({
    data: { region, hash: `bench-${region}`, score: readiness.score, result: JSON.stringify(readiness) },
  });
  // Hourly roll-ups for two years, then raw five-minute readings for the last 30 days.
  const rollups = [];
  for (let h = Math.floor((now - 730 * DAY) / HOUR) * HOUR; h < Math.floor((now - 30 * DAY) / HOUR) * HOUR; h += HOUR) {
    const day = Math.floor((h - (now - 730 * DAY)) / DAY);
    rollups.push({ region, ...rollupHour(new Date(h), [reading(h, day)]) });
  }
  for (let i = 0; i < rollups.length; i += 2000) await db.snapshotRollup.createMany({ data: rollups.slice(i, i + 2000) });
  const raw = [];
  for (let t = now - 30 * DAY; t < now - 60_000; t += 5 * 60_000) {
    const r = reading(t, 700 + Math.floor((t - (now - 30 * DAY)) / DAY));
    raw.push({
      region,
      ok: true,
      takenAt: new Date(t),
      production: r.production,
      sendingEnabled: true,
      enforcementStatus: "HEALTHY",
      max24HourSend: r.max24HourSend,
      maxSendRate: r.maxSendRate,
      sentLast24Hours: r.sentLast24Hours,
      readinessScore: r.readinessScore,
      readinessReportId: report.id,
      suppressedReasons: "BOUNCE",
      vdmEnabled: false,
    });
  }
  for (let i = 0; i < raw.length; i += 2000) await db.accountSnapshot.createMany({ data: raw.slice(i, i + 2000) });
  // Roll-ups cover the raw period too, as the collector leaves them.
  const recent = [];
  for (let h = Math.floor((now - 30 * DAY) / HOUR) * HOUR; h < Math.floor(now / HOUR) * HOUR; h += HOUR)
    recent.push({ region, ...rollupHour(new Date(h), [reading(h, 700)]) });
  await db.snapshotRollup.createMany({ data: recent });
  await db.accountEvent.create({
    data: {
      region,
      at: new Date(now - 400 * DAY),
      kind: "production",
      fromValue: "false",
      toValue: "true",
      message: "Production access granted: the sandbox limits are lifted.",
    },
  });
  seeded += rollups.length + raw.length + recent.length;
}

function reading(t: number, day: number) {
  const production = day > 330;
  return {
    takenAt: new Date(t),
    ok: true,
    readinessScore: Math.min(100, 30 + day / 10),
    sentLast24Hours: production ? 20_000 + 30 * day : 150,
    max24HourSend: production ? 50_000 : 200,
    maxSendRate: production ? 14 : 1,
    production,
    sendingEnabled: true,
    enforcementStatus: "HEALTHY",
  };
}

const historyMs: Record<string, number> = {};
for (const range of Object.keys(HISTORY_RANGES) as HistoryRange[]) {
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    const points = await getHistorySeries("us-east-1", range);
    if (!points.length) throw new Error(`no history points for ${range}`);
    if (i >= 5) times.push(performance.now() - t0);
  }
  historyMs[range] = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
await db.$disconnect();
console.log(JSON.stringify({ seeded, historyMs }));
