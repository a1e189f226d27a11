import { spawn } from "node:child_process";
import path from "node:path";
import { buildCli } from "../scripts/build-cli.mjs";
import { cliBuildIsFresh } from "../scripts/cli-build-state.mjs";

const root = path.join(import.meta.dirname, "..");

/** Builds .cli/ unless it is fresh, so the tests run the command line as users do: built, not through tsx. */
export async function ensureCliBuilt(): Promise<void> {
  if (!cliBuildIsFresh(root)) await buildCli();
  if (!cliBuildIsFresh(root)) throw new Error("the command line did not build");
}

export type CliRun = { code: number; out: string; err: string };

/** `ses-launchpad …` through bin/, as a separate process with `env` added to this one's. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = root): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "bin/ses-launchpad.mjs"), ...args], { cwd, env: { ...process.env, ...env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code: code ?? -1, out, err }));
  });
}
