// The server's own files under data/: created by scripts/start.mjs before anything else runs.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Creates `dir` (data/: the SQLite database, the session secret) for the server's user only, as it may exist open. */
export function prepareDataDir(dir) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** A random secret kept across restarts, so sessions survive them (as Grafana and Gitea do). */
export function persistentSecret(file) {
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    return readFileSync(file, "utf8").trim();
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
