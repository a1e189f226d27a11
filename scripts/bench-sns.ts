// `node --conditions=react-server --import tsx scripts/bench-sns.ts`: the SNS webhook under load. 2,000 deliveries
// at 200 a second over loopback HTTP into the real route handler (app/api/sns/route.ts), with 10 % redeliveries,
// 10 % bad signatures and 5 % malformed bodies. Checks every valid message is stored exactly once and processed,
// every bad one refused, peak RSS under 300 MB and p99 response under 200 ms; exits 1 when one fails. The server runs with the
// production server's memory settings (scripts/server-runtime.mjs).
// BENCH_DATABASE_URL=postgresql://… runs it on PostgreSQL (a fresh database on that server); SQLite otherwise.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { useDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { makeTestNotifications } from "../test/make-test-notifications";
import { freshPostgres, freshSqlite } from "../test/databases";
import { serverEnv, serverNodeFlags } from "./server-runtime.mjs";

const COUNT = Number(process.env.BENCH_SNS_COUNT ?? 2000);
const RATE = Number(process.env.BENCH_SNS_RATE ?? 200);
const EXPECTED = { valid: 200, duplicate: 200, "bad-signature": 403, malformed: 400 } as const;

async function main() {
  const database = process.env.BENCH_DATABASE_URL
    ? await (async () => ((process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL), freshPostgres()))()
    : freshSqlite();
  await migrate(database.url);
  const db = await useDatabase(database.url);
  const n = makeTestNotifications();
  await db.allowedTopic.create({ data: { topicArn: n.topicArn, region: n.region, purpose: "bench" } });
  const deliveries = n.loadMix({ count: COUNT, seed: 7 });
  // The production server's memory settings (scripts/start.mjs applies them to `npm start`), nothing bench-only.
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(), "--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "bench-sns-server.ts")],
    {
      env: { ...serverEnv(), BENCH_DB_URL: database.url, BENCH_CERT_URL: n.certificateUrl, BENCH_CERT_PEM: n.certificatePem },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const server = {
    url: await new Promise<string>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`bench server exited (${code})`)));
      child.stdout.on("data", (c: Buffer) => {
        const m = /listening (\S+)/.exec(c.toString());
        if (m) resolve(m[1]!);
      });
    }),
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  // The server's own peak resident set (VmHWM), which the kernel keeps for us.
  const serverPeakRss = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  const latencies: number[] = [];
  const wrong: string[] = [];
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request(
        `${server.url}/api/sns`,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "text/plain; charset=UTF-8",
            "content-length": Buffer.byteLength(body),
            "x-amz-sns-message-type": "Notification",
          },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const idleRss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  // A running server is warm: open the database pool and fill the caches before the clock starts (not timed).
  const warmup = Array.from({ length: 40 }, () => n.notification());
  for (let i = 0; i < warmup.length; i += 10) await Promise.all(warmup.slice(i, i + 10).map((e) => post(JSON.stringify(e))));
  await fetch(`${server.url}/drain`);

  const started = performance.now();
  await Promise.all(
    deliveries.map(async (d, i) => {
      const due = started + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const t0 = performance.now();
      const status = await post(d.body);
      latencies.push(performance.now() - t0);
      if (status !== EXPECTED[d.kind]) wrong.push(`${d.kind} answered ${status}`);
    }),
  );
  const sendSeconds = (performance.now() - started) / 1000;
  const t1 = performance.now();
  const memory = (await (await fetch(`${server.url}/drain`)).json()) as Record<string, number>;
  const drainMs = performance.now() - t1;
  const peakRss = serverPeakRss();

  const validIds = [...deliveries.filter((d) => d.kind === "valid").map((d) => d.messageId!), ...warmup.map((e) => e.MessageId!)];
  const rows = await db.snsMessage.findMany({ select: { messageId: true, status: true } });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.messageId, (counts.get(r.messageId) ?? 0) + 1);
  const missing = validIds.filter((id) => !counts.has(id)).length;
  const twice = [...counts.values()].filter((c) => c > 1).length;
  const unexpected = rows.filter((r) => !validIds.includes(r.messageId)).length;
  const unprocessed = rows.filter((r) => r.status !== "processed").length;
  const events = await db.mailEvent.count();

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
  const kinds = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, deliveries.filter((d) => d.kind === k).length]));
  const checks = {
    "answers as expected": wrong.length === 0,
    "valid stored exactly once": missing === 0 && twice === 0 && unexpected === 0,
    "all processed": unprocessed === 0 && events === validIds.length,
    "peak RSS < 300 MB": peakRss < 300 * 2 ** 20,
    "p99 < 200 ms": pct(99) < 200,
  };
  console.log(
    `SNS webhook bench (${database.name}): ${deliveries.length} deliveries at ${RATE}/s in ${sendSeconds.toFixed(1)} s (${JSON.stringify(kinds)}), after ${warmup.length} untimed warm-up deliveries`,
  );
  console.log(
    `  responses: p50 ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; ${wrong.length} unexpected answers${wrong.length ? ` (${[...new Set(wrong)].join("; ")})` : ""}`,
  );
  console.log(
    `  stored: ${rows.length} messages for ${validIds.length} valid (${missing} missing, ${twice} stored twice, ${unexpected} that should have been refused); ${events} events; processing finished ${drainMs.toFixed(0)} ms after the last answer; ${unprocessed} not processed`,
  );
  console.log(
    `  server peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (its own process, run with ${[...serverNodeFlags(), `MALLOC_ARENA_MAX=${serverEnv().MALLOC_ARENA_MAX}`].join(" ")}; the load generator runs in another), ${(idleRss / 2 ** 20).toFixed(0)} MB after start-up; after the run: ${Object.entries(
      memory,
    )
      .map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)} MB`)
      .join(", ")}`,
  );
  for (const [name, ok] of Object.entries(checks)) console.log(`  ${ok ? "ok  " : "FAIL"} ${name}`);

  agent.destroy();
  child.kill("SIGTERM");
  await db.$disconnect();
  await database.drop();
  process.exit(Object.values(checks).every(Boolean) ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
