import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { writeStandInServer } from "./stand-in-server";
import { SERVER_NODE_FLAGS } from "../scripts/server-runtime.mjs";

// A stand-in for scripts/start.mjs: re-runs itself with the settings, then reports what the server process got.
const script = writeStandInServer(
  "runtime",
  `console.log(JSON.stringify({ execArgv: process.execArgv, arena: process.env.MALLOC_ARENA_MAX, args: process.argv.slice(2) }));
process.exit(Number(process.argv[2] ?? 0));
`,
);
const run = (args: string[], env: Record<string, string> = {}) => {
  // Without this run's own settings, which the relaunch would otherwise take as the user's.
  const { NODE_OPTIONS: _n, MALLOC_ARENA_MAX: _m, LAUNCHPAD_SERVER_RUNTIME: _l, ...base } = process.env;
  const r = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { ...base, ...env } });
  return { status: r.status, out: JSON.parse(r.stdout.trim()) as { execArgv: string[]; arena: string; args: string[] } };
};

describe("relaunchWithServerSettings", () => {
  it("runs the server with the memory settings and passes its arguments and exit code through", () => {
    const { status, out } = run(["3"]);
    expect(status).toBe(3);
    expect(out.execArgv).toEqual(SERVER_NODE_FLAGS);
    expect(out.arena).toBe("2");
    expect(out.args).toEqual(["3"]);
  });

  it("leaves what the user set: a heap size in NODE_OPTIONS and MALLOC_ARENA_MAX", () => {
    const { out } = run(["0"], { NODE_OPTIONS: "--max-old-space-size=512", MALLOC_ARENA_MAX: "4" });
    expect(out.execArgv).toEqual(SERVER_NODE_FLAGS.filter((f) => !f.startsWith("--max-old-space-size")));
    expect(out.arena).toBe("4");
  });
});
