// Issue 5's database and server targets, on SQLite and (when TEST_DATABASE_URL names a PostgreSQL server) on a
// fresh PostgreSQL database made on that server: a year of 5-minute samples for three regions seeded
// (scripts/bench-reputation-db.mts), the chart data timed in-process and through GET /api/reputation on the
// production server, then 50 clients loading /reputation for 30 s. Needs a built app (`npm run bench` builds).
// Exits 1 when a target is missed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { freshPostgres, freshSqlite, type TestDatabase } from "../test/databases";
import { benchReputationServer, RANGES } from "./bench-lib/reputation-server.mjs";
import { fmt, mb } from "./bench-lib/server.mjs";

const TARGET_MS: Record<string, number> = { "24h": 20, "1y": 100 };
const MAX_RSS = 300 * 2 ** 20;
const rows: Array<[ok: boolean | null, name: string, value: string, target: string]> = [];
const check = (name: string, value: string, target: string, ok: boolean | null = null) => rows.push([ok, name, value, target]);

const kinds: Array<() => Promise<TestDatabase>> = [async () => freshSqlite()];
if (process.env.TEST_DATABASE_URL) kinds.push(freshPostgres);
else console.log("PostgreSQL skipped: set TEST_DATABASE_URL to a server the bench may create a database on.");

for (const make of kinds) {
  const database = await make();
  try {
    const seed = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "bench-reputation-db.mts"), database.url],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
    );
    if (seed.status !== 0) throw new Error(`seeding ${database.name} failed`);
    const s = JSON.parse(seed.stdout.trim().split("\n").at(-1)!);
    const on = database.name;
    check(
      `${on}: samples seeded (1 year, 5 min, 3 regions)`,
      `${s.rows.toLocaleString("en")} rows, ${s.values.toLocaleString("en")} values`,
      `in ${s.seedSeconds.toFixed(1)} s`,
    );
    for (const range of RANGES)
      check(
        `${on}: chart data ${range}, readReputationChart (median of 20)`,
        fmt(s.chartMs[range]),
        TARGET_MS[range] ? `< ${TARGET_MS[range]} ms` : "",
        TARGET_MS[range] ? s.chartMs[range] < TARGET_MS[range]! : null,
      );
    check(`${on}: chart data 1y, every row into JavaScript (the old way)`, fmt(s.rowsIntoJsMs), "for comparison");

    const r = await benchReputationServer(database.url);
    for (const range of RANGES)
      check(
        `${on}: GET /api/reputation ${range}, server (median of 30)`,
        fmt(r.apiMs[range]),
        TARGET_MS[range] ? `< ${TARGET_MS[range]} ms` : "",
        TARGET_MS[range] ? r.apiMs[range] < TARGET_MS[range]! : null,
      );
    check(
      `${on}: /reputation, ${r.clients} clients for ${r.seconds} s: pages served`,
      `${r.requests} (${(r.requests / r.seconds).toFixed(1)}/s)`,
      "",
    );
    check(
      `${on}: /reputation under load: latency p50 / p95 / p99`,
      `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.p99.toFixed(0)} ms`,
      `max ${r.max.toFixed(0)} ms`,
    );
    check(
      `${on}: /reputation under load: errors, server crash`,
      `${r.errors}${r.errors ? ` ${JSON.stringify(r.errorKinds)}` : ""}, ${r.crashed ? "CRASHED" : "no"}`,
      `health after: ${r.healthAfter}`,
      r.errors === 0 && !r.crashed && r.healthAfter === 200,
    );
    check(`${on}: server RSS before / after the load`, `${mb(r.rssBefore)} / ${mb(r.rssAfter)}`, "");
    check(`${on}: server peak RSS (VmHWM of the server process)`, mb(r.peakRss), "< 300 MB", r.peakRss < MAX_RSS);
    if (r.launcherPeakRss !== null) check(`${on}: its launcher's peak RSS (start.mjs waiting for it)`, mb(r.launcherPeakRss), "");
  } finally {
    await database.drop();
  }
}

console.log("\nReputation store and server (issue 5)");
for (const [ok, name, value, target] of rows)
  console.log(`  ${ok === null ? "    " : ok ? "ok  " : "MISS"}  ${name.padEnd(62)} ${value.padStart(22)}  ${target}`);
process.exit(rows.every(([ok]) => ok !== false) ? 0 : 1);
