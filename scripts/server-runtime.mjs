// The memory settings of the dashboard's server process, applied by scripts/start.mjs however it is started
// (npm start, node scripts/start.mjs, a service manager): it re-runs itself once with them.
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { stopWithParent } from "./watch-parent.mjs";

/**
 * Measured with 50 clients loading the Reputation page (`npm run bench`): without them the server's resident set
 * grew past 550 MB, mostly garbage V8 had not collected yet and glibc arenas holding freed memory.
 * - a smaller old generation makes V8 collect before it grows (the live heap stays far below it);
 * - smaller semi-spaces keep the young generation at 12 MB instead of 48 MB;
 * - two malloc arenas instead of eight per core (glibc only; other platforms ignore the variable).
 * A flag the user already gives in NODE_OPTIONS or on the command line wins, and so does MALLOC_ARENA_MAX.
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=4"];
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };
const MARK = "LAUNCHPAD_SERVER_RUNTIME";

/** The flags of SERVER_NODE_FLAGS this process was not already given (by NODE_OPTIONS or on its command line). */
export function serverNodeFlags(env = process.env, execArgv = process.execArgv) {
  const given = `${env.NODE_OPTIONS ?? ""} ${execArgv.join(" ")}`;
  return SERVER_NODE_FLAGS.filter((f) => !given.includes(f.split("=")[0]));
}
/** `env` with SERVER_ENV's variables where it does not set them. Also used by the benchmarks' stand-in servers. */
export const serverEnv = (env = process.env) => ({ ...SERVER_ENV, ...env });

/**
 * Unless this process already runs with the settings, starts `script` again with them, forwards signals to it and
 * resolves with its exit code (the caller exits with it); otherwise returns null and the caller goes on serving,
 * until the process that started it is gone.
 */
export function relaunchWithServerSettings(script) {
  if (process.env[MARK] === "1") {
    stopWithParent();
    return null;
  }
  const child = spawn(process.execPath, [...serverNodeFlags(), ...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...serverEnv(), [MARK]: "1", LAUNCHPAD_PARENT_PID: String(process.pid) },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1))));
}
