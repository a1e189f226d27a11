// `npm start`: builds the app when its sources changed, then serves it.
// The database is migrated by instrumentation.ts before the first request.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

mkdirSync("data", { recursive: true });
process.env.NEXTAUTH_SECRET = process.env.AUTH_SECRET || persistentSecret("data/auth-secret");
process.env.NEXTAUTH_URL = process.env.APP_URL || `http://localhost:${port}`;

if (needsBuild()) {
  console.log("Building the dashboard (sources changed since the last build)…");
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(".next/launchpad-source-hash", sourceHash());
}

if (process.env.LAUNCHPAD_BUILD_ONLY === "1") process.exit(0);

process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();
const trustProxy = process.env.TRUST_PROXY === "1";
createServer((req, res) => {
  // Next.js keeps an X-Forwarded-For it receives; unless a proxy we trust wrote it,
  // drop it so the sign-in rate limit sees the real address.
  if (!trustProxy) delete req.headers["x-forwarded-for"];
  handle(req, res);
}).listen(port, host, async () => {
  // The first request runs instrumentation.ts (migrations, first admin): make it
  // now, so a database that cannot be used stops the server before anyone waits on it.
  const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch((e) => e);
  if (!res.ok) console.error(`The dashboard started but its health check failed (${res.status ?? res.message}).`);
  console.log(`SES Launchpad is ready on ${process.env.NEXTAUTH_URL}`);
});

/** A random secret kept across restarts, so sessions survive them (as Grafana and Gitea do). */
function persistentSecret(file) {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

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
