#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, under the
// react-server condition so that the "server-only" guard of lib/ lets it in.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", join(root, "cli/main.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
process.exit(result.status ?? 2);
