// `npm run bench`: the performance targets of the dashboard, measured and printed.
//   1. cold start of `npm start` on a built app, to the first served page   (target < 3 s)
//   2. server time of a signed-in page render of the shell, median on SQLite (target < 30 ms)
//   3. first-load JavaScript of the shell page, gzipped, against an empty page
//      of the same Next.js version built the same way                      (target: within 30 kB)
//   4. with two years of readings for three regions in SQLite: the overview's server
//      render (target < 50 ms median) and the history chart's data (target < 100 ms)
//   5. the feature benchmarks: DNS checker, reputation logic, SNS webhook, the command line's start-to-exit time
//      beside a bare `node -e 0` (their own scripts; scripts/bench-cli.mts alone: node --import tsx scripts/bench-cli.mts)
//   6. issue 5 on a database: a year of reputation samples, the chart API and 50 clients on /reputation
//      (scripts/bench-reputation-store.mts); it and the SNS webhook also run on PostgreSQL when TEST_DATABASE_URL is set
//   7. /api/health and the sign-in page while 16 anonymous clients trickle request bodies (the slow-body attack)
// The server runs as `npm start` runs it, with its memory settings (scripts/server-runtime.mjs); BENCH_PORT
// (default 3400) and the two ports after it (the demo's simulated AWS and DNS) must be free.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { timeUnderSlowBodies } from "./bench-lib/slow-bodies.mjs";
import {
  base,
  benchEnv as env,
  currentRss,
  fmt,
  mb,
  median,
  medianGet,
  peakRss,
  PORT,
  root,
  serverPid,
  signIn,
  startServer as startOn,
  stop,
  waitFor,
} from "./bench-lib/server.mjs";

process.chdir(root);
const dbFile = path.join(mkdtempSync(path.join(tmpdir(), "launchpad-bench-")), "bench.db");
const results = [];
const startServer = (extraEnv = {}) => startOn(`file:${dbFile}`, extraEnv);

// Build first (not timed), so the cold start measures serving a built app.
run(process.execPath, ["scripts/start.mjs"], { ...env, LAUNCHPAD_BUILD_ONLY: "1" });

// 1. Cold start, three times; the database exists after the first.
const starts = [];
let server;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  server = startServer();
  await waitFor(`${base}/sign-in`);
  starts.push(performance.now() - t0);
  if (i < 2) await stop(server);
}
results.push(["cold start to first page (median of 3)", fmt(median(starts)), "< 3000 ms", median(starts) < 3000]);

// 2. Signed-in render of the shell.
const cookie = await signIn();
const shellMs = await medianGet(`${base}/settings`, cookie);
results.push(["signed-in shell render, server time (median of 50)", fmt(shellMs), "< 30 ms", shellMs < 30]);
// 7. The slow-body attack: 16 anonymous clients trickling request bodies must not hold the render slots.
const underAttack = await timeUnderSlowBodies(PORT);
for (const [path, ms] of Object.entries(underAttack))
  results.push([`${path} while 16 clients trickle bodies (median of 5)`, fmt(ms), "< 2000 ms", ms < 2000]);
const pid = serverPid(server);
results.push(["server RSS after start and 60 renders (peak / now)", `${mb(peakRss(pid))} / ${mb(currentRss(pid))}`, "", true]);

// 3. First-load JavaScript, measured the same way for both pages: every script the browser fetches.
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
  ],
});
// The shell alone: the audit log draws no chart. The overview draws the usage chart, whose code must load there
// and only on the pages that draw charts.
const shellJs = await firstLoadJs(browser, `${base}/audit`, cookie);
const overviewJs = await firstLoadJs(browser, `${base}/`, cookie);
await stop(server);
const empty = await emptyAppJs(browser);
await browser.close();
const extra = shellJs - empty;
results.push(["first-load JS of the shell page, /audit (gzip)", kb(shellJs), "", true]);
results.push(["first-load JS of an empty page, same Next.js (gzip)", kb(empty), "", true]);
results.push(["difference", kb(extra), "<= 30 kB", extra <= 30 * 1024]);
results.push(["first-load JS of the overview, with its chart (gzip)", kb(overviewJs), "", true]);

// 4. Two years of readings for three regions, served from the database.
const seed = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/bench-snapshots.mts", `file:${dbFile}`],
  { env, encoding: "utf8" },
);
if (seed.status !== 0) throw new Error(`seeding the snapshots failed: ${seed.stderr}`);
const { seeded, historyMs } = JSON.parse(seed.stdout.trim().split("\n").at(-1));
server = startServer({ AWS_SES_REGIONS: "us-east-1,eu-west-1,ap-southeast-2" });
await waitFor(`${base}/sign-in`);
const overview = await medianGet(`${base}/`, cookie);
const historyPage = await medianGet(`${base}/history?range=2y`, cookie);
await stop(server);
results.push([`readings seeded (2 years, 3 regions)`, String(seeded), "", true]);
results.push(["overview render, 3 regions, server time (median of 50)", fmt(overview), "< 50 ms", overview < 50]);
for (const [range, ms] of Object.entries(historyMs))
  results.push([`history chart data, ${range} (median of 20)`, fmt(ms), "< 100 ms", ms < 100]);
results.push(["history page render, 2 years (median of 50)", fmt(historyPage), "", true]);

console.log("\nSES Launchpad benchmark");
for (const [name, value, target, ok] of results)
  console.log(`  ${ok ? "ok  " : "MISS"}  ${name.padEnd(56)} ${value.padStart(10)}  ${target}`);
rmSync(path.dirname(dbFile), { recursive: true, force: true });

// 5. Each feature's own benchmark prints its figures and fails on a missed target.
let featuresOk = true;
const features = [
  ["scripts/bench-cli.mts"],
  ["scripts/bench-dns.ts"],
  ["scripts/bench-reputation.ts"],
  ["scripts/bench-sns.ts"],
  ["scripts/bench-reputation-store.mts"],
];
if (env.TEST_DATABASE_URL) features.splice(4, 0, ["scripts/bench-sns.ts", { BENCH_DATABASE_URL: env.TEST_DATABASE_URL }]);
for (const [script, extraEnv = {}] of features) {
  console.log(`\n== ${script}${extraEnv.BENCH_DATABASE_URL ? " (PostgreSQL)" : ""}`);
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
    env: { ...env, ...extraEnv },
    stdio: "inherit",
  });
  featuresOk &&= r.status === 0;
}
process.exit(results.every((r) => r[3]) && featuresOk ? 0 : 1);

async function firstLoadJs(browser, url, cookie) {
  const context = await browser.newContext();
  if (cookie) {
    await context.addCookies(
      cookie.split("; ").map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: base })),
    );
  }
  const page = await context.newPage();
  const bodies = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const total = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b).length, 0);
  await context.close();
  return total;
}

/** Builds and serves a one-page app with this project's Next.js and React, for the baseline. */
async function emptyAppJs(browser) {
  // Inside the project, so that it resolves the very same node_modules.
  const dir = path.join(root, ".bench/empty-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(
    path.join(dir, "app/layout.js"),
    "export default function L({ children }) { return <html><body>{children}</body></html>; }\n",
  );
  // Without its own (empty) hook, Next finds the dashboard's instrumentation.ts in the parent folder.
  writeFileSync(path.join(dir, "instrumentation.js"), "export function register() {}\n");
  writeFileSync(path.join(dir, "app/page.js"), "export default function P() { return <p>empty</p>; }\n");
  const next = path.join(root, "node_modules/next/dist/bin/next");
  run(process.execPath, [next, "build"], env, dir);
  const child = spawn(process.execPath, [next, "start", "-p", String(PORT)], { cwd: dir, env, stdio: "ignore" });
  await waitFor(`${base}/`);
  const size = await firstLoadJs(browser, `${base}/`);
  await stop(child);
  rmSync(dir, { recursive: true, force: true });
  return size;
}

function run(cmd, args, runEnv, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, env: runEnv, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
