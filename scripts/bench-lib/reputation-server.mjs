// The Reputation page and its chart API on the production server, over a database seeded by
// scripts/bench-reputation-db.mts: GET /api/reputation per range (median), then 50 concurrent signed-in clients
// loading /reputation for 30 s (the ranges in turn), with the server's peak RSS read from /proc. Runs under tsx.
import { BENCH_REGIONS } from "./reputation-year.ts";
import { base, currentRss, medianGet, peakRss, percentile, serverPid, signIn, startServer, stop, waitFor } from "./server.mjs";

export const RANGES = ["24h", "7d", "30d", "90d", "1y"];
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);

export async function benchReputationServer(databaseUrl) {
  const child = startServer(databaseUrl, { AWS_SES_REGIONS: BENCH_REGIONS.join(","), LAUNCHPAD_SKIP_BUILD: "1" });
  let exited = null;
  child.once("exit", (code, signal) => (exited = signal ?? code));
  await waitFor(`${base}/sign-in`);
  const pid = serverPid(child);
  const cookie = await signIn();
  const apiMs = {};
  for (const range of RANGES)
    apiMs[range] = await medianGet(`${base}/api/reputation?region=us-east-1&range=${range}`, cookie, { runs: 30, warmup: 5 });
  const rssBefore = currentRss(pid);
  const load = await loadPage(cookie);
  const health = await fetch(`${base}/api/health`)
    .then((r) => r.status)
    .catch((e) => e.message);
  const result = {
    apiMs,
    rssBefore,
    rssAfter: currentRss(pid),
    peakRss: peakRss(pid),
    ...load,
    clients: CLIENTS,
    seconds: SECONDS,
    crashed: exited !== null,
    healthAfter: health,
    launcherPeakRss: pid === child.pid ? null : peakRss(child.pid),
  };
  await stop(child);
  return result;
}

/** CLIENTS signed-in clients, each loading the page again as soon as it arrives, for SECONDS. */
async function loadPage(cookie) {
  const latencies = [];
  const failures = new Map();
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const url = `${base}/reputation?range=${RANGES[n++ % RANGES.length]}`;
        const t0 = performance.now();
        const status = await fetch(url, { headers: { cookie } })
          .then(async (r) => (await r.text(), r.status))
          .catch((e) => e.cause?.code ?? e.message);
        latencies.push(performance.now() - t0);
        if (status !== 200) failures.set(status, (failures.get(status) ?? 0) + 1);
      }
    }),
  );
  return {
    requests: latencies.length,
    errors: [...failures.values()].reduce((a, b) => a + b, 0),
    errorKinds: Object.fromEntries(failures),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
}
