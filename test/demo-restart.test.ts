import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeStandInServer } from "./stand-in-server";

// A stand-in for scripts/start.mjs in demo mode: the launcher relaunches itself as the server process, which
// starts the simulated AWS and DNS as start.mjs does (no Next.js: the processes and ports are what matter here).
const script = writeStandInServer(
  "demo-restart",
  `await startSimulator();
console.log("server " + process.pid + " ready");
setInterval(() => {}, 60_000);
`,
  { startSimulator: "scripts/start-simulator.mjs" },
);
const ports = { SIM_AWS_PORT: "5250", SIM_DNS_PORT: "5251" };
const launched: ChildProcess[] = [];
const pids: number[] = [];
afterAll(() => {
  launched.forEach((c) => c.kill("SIGTERM"));
  pids.forEach((pid) => {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  });
});

/** Starts the demo; resolves with the launcher and its server process's pid once the simulator is ready, or with what it printed when it failed. */
function startDemo(): Promise<{ launcher: ChildProcess; server: number } | { failed: string }> {
  const { NODE_OPTIONS: _n, LAUNCHPAD_SERVER_RUNTIME: _l, LAUNCHPAD_PARENT_PID: _p, ...env } = process.env;
  const launcher = spawn(process.execPath, [script], {
    cwd: path.resolve("."),
    env: { ...env, ...ports },
    stdio: ["ignore", "pipe", "pipe"],
  });
  launched.push(launcher);
  let out = "";
  return new Promise((resolve) => {
    const read = (d: Buffer) => {
      out += d;
      const m = /server (\d+) ready/.exec(out);
      if (m) {
        pids.push(Number(m[1]));
        resolve({ launcher, server: Number(m[1]) });
      }
    };
    launcher.stdout!.on("data", read);
    launcher.stderr!.on("data", read);
    launcher.once("exit", () => resolve({ failed: out }));
  });
}

const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once("exit", r)));
const gone = async (pid: number) => {
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

describe("the demo after a crash", () => {
  it("starts again after kill -9 of its server process, and of its launcher", async () => {
    const first = await startDemo();
    if (!("server" in first)) throw new Error(`the demo did not start: ${first.failed}`);
    process.kill(first.server, "SIGKILL");
    await exited(first.launcher);

    const second = await startDemo();
    expect(second).toHaveProperty("server");
    if (!("server" in second)) return;
    second.launcher.kill("SIGKILL");
    // Its server process notices and stops, and its simulator with it.
    expect(await gone(second.server)).toBe(true);

    const third = await startDemo();
    expect(third).toHaveProperty("server");
    if ("launcher" in third) {
      third.launcher.kill("SIGTERM");
      await exited(third.launcher);
    }
  }, 60_000);

  it("replaces a simulator of its own that a previous demo left running, as its pid file tells", async () => {
    // One that does not watch its parent, as if it had not yet noticed.
    const { LAUNCHPAD_PARENT_PID: _p, ...env } = process.env;
    const stale = spawn(process.execPath, ["--import", "tsx", "sim/main.ts"], {
      env: { ...env, ...ports },
      stdio: ["ignore", "pipe", "inherit"],
    });
    pids.push(stale.pid!);
    await new Promise((r) => stale.stdout!.on("data", (d: Buffer) => String(d).includes("Simulator ready.") && r(null)));
    writeFileSync(`data/sim-${ports.SIM_AWS_PORT}.pid`, String(stale.pid));

    const demo = await startDemo();
    expect(demo).toHaveProperty("server");
    await exited(stale);
    if ("launcher" in demo) {
      demo.launcher.kill("SIGTERM");
      await exited(demo.launcher);
    }
    expect(existsSync(`data/sim-${ports.SIM_AWS_PORT}.pid`)).toBe(false);
  }, 60_000);
});
