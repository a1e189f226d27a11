#!/usr/bin/env node
// Runs the build of the command line (.cli/, made at install by scripts/build-cli.mjs) in this process.
// Without a build, or with sources edited since, it runs the TypeScript sources through tsx instead, under the
// react-server condition so that the "server-only" guard of lib/ lets it in: slower, never stale.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cliBuildIsFresh } from "../scripts/cli-build-state.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

if (cliBuildIsFresh(root)) {
  await import(pathToFileURL(join(root, ".cli/main.js")).href);
} else {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", join(root, "cli/main.ts"), ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(result.status ?? 2);
}
