// Shared by the benchmarks that run the production server: start it exactly as `npm start` does (scripts/start.mjs
// on a built app), sign in as the admin it creates from ADMIN_EMAIL/ADMIN_PASSWORD, and read its memory from /proc.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
/** BENCH_PORT (default 3400) for the dashboard; the demo's simulated AWS and DNS take the next two ports. */
export const PORT = Number(process.env.BENCH_PORT ?? 3400);
export const base = `http://localhost:${PORT}`;
export const admin = { email: "bench@example.com", password: "bench password 1" };
export const benchEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SIM_AWS_PORT: String(PORT + 1), SIM_DNS_PORT: String(PORT + 2) };

/** `node scripts/start.mjs` on `databaseUrl`, with the first admin set; no build (LAUNCHPAD_SKIP_BUILD=1 when the caller built). */
export function startServer(databaseUrl, extraEnv = {}, { dir = root, args = ["scripts/start.mjs"] } = {}) {
  return spawn(process.execPath, args, {
    cwd: dir,
    env: {
      ...benchEnv,
      PORT: String(PORT),
      DATABASE_URL: databaseUrl,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    const res = await fetch(url).catch(() => null);
    if (res?.ok) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

export async function signIn() {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, ...admin, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("bench sign-in failed");
  return [...jar, session].join("; ");
}

/** Median server time of `runs` GETs after `warmup` untimed ones (the first renders warm the code paths). */
export async function medianGet(url, cookie, { runs = 50, warmup = 10 } = {}) {
  const times = [];
  for (let i = 0; i < runs + warmup; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return median(times);
}

const procStatus = (pid) => readFileSync(`/proc/${pid}/status`, "utf8");
const statusKb = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(procStatus(pid))?.[1] ?? 0) * 1024;

/**
 * The process that serves the dashboard. scripts/start.mjs may re-run itself with the production memory settings,
 * in which case the server is its child of the same script (the simulator of demo mode is another child, not counted).
 */
export function serverPid(child) {
  let children = [];
  try {
    children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return child.pid;
  }
  const server = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("scripts/start.mjs"));
  return server ?? child.pid;
}
/** Peak resident set of one process (VmHWM, kept by the kernel), its current one (VmRSS), in bytes. */
export const peakRss = (pid) => statusKb(pid, "VmHWM");
export const currentRss = (pid) => statusKb(pid, "VmRSS");

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
/** The p-th percentile (nearest rank) of unsorted values. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const fmt = (ms) => `${ms.toFixed(1)} ms`;
export const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
