// `npm start`: builds the app when its sources changed, then serves it.
// The database is migrated by instrumentation.ts before the first request.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { persistentSecret, prepareDataDir } from "./data-dir.mjs";
import { chooseLaunchMode, launchSettings, visibleAwsCredentials } from "./launch-mode.mjs";
import { relaunchWithServerSettings } from "./server-runtime.mjs";
import { createDashboardServer } from "./serve-requests.mjs";
import { startSimulator } from "./start-simulator.mjs";

// The server runs in a child with the memory settings of server-runtime.mjs; this process only waits for it.
const relaunched = relaunchWithServerSettings(import.meta.filename);
if (relaunched) process.exit(await relaunched);

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.env.PORT ?? 3000);
const mode = chooseLaunchMode(process.env, { awsCredentials: visibleAwsCredentials() });
const host = mode.host;
const maxConcurrent = Number(process.env.MAX_CONCURRENT_REQUESTS || 8);
if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
  console.error(`MAX_CONCURRENT_REQUESTS must be a whole number of at least 1 (got "${process.env.MAX_CONCURRENT_REQUESTS}").`);
  process.exit(1);
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

prepareDataDir("data");
process.env.NEXTAUTH_SECRET = process.env.AUTH_SECRET || persistentSecret("data/auth-secret");
process.env.NEXTAUTH_URL = process.env.APP_URL || `http://localhost:${port}`;

if (needsBuild()) {
  console.log("Building the dashboard (sources changed since the last build)…");
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(".next/launchpad-source-hash", sourceHash());
}

if (process.env.LAUNCHPAD_BUILD_ONLY === "1") process.exit(0);

console.log(mode.summary);
if (mode.demo) await startSimulator();
Object.assign(process.env, launchSettings(mode));

process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();
const server = createDashboardServer(handle, { maxConcurrent, trustProxy: process.env.TRUST_PROXY === "1" });
server.listen(port, host, async () => {
  // The first request runs instrumentation.ts (migrations, first admin): make it
  // now, so a database that cannot be used stops the server before anyone waits on it.
  const res = await fetch(`http://${["0.0.0.0", "::"].includes(host) ? "127.0.0.1" : host}:${port}/api/health`).catch((e) => e);
  if (!res.ok) console.error(`The dashboard started but its health check failed (${res.status ?? res.message}).`);
  console.log(`SES Launchpad is ready on ${process.env.NEXTAUTH_URL}`);
});

function sourceHash() {
  const hash = createHash("sha256");
  const walk = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  BUILD_INPUTS.forEach(walk);
  return hash.digest("hex");
}

function needsBuild() {
  if (process.env.LAUNCHPAD_SKIP_BUILD === "1") return false;
  if (!existsSync(".next/BUILD_ID") || !existsSync(".next/launchpad-source-hash")) return true;
  return readFileSync(".next/launchpad-source-hash", "utf8") !== sourceHash();
}
