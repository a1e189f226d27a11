// The demo's simulated AWS and DNS (sim/), run by scripts/start.mjs as a child of the server process.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const SIM_SCRIPT = "sim/main.ts";

/** Starts the simulated AWS and DNS, and points the dashboard (and only it) at them. */
export async function startSimulator() {
  const awsPort = process.env.SIM_AWS_PORT ?? "4566";
  const dnsPort = process.env.SIM_DNS_PORT ?? "5354";
  // One file per port: the e2e demo and a developer's demo run side by side in one checkout.
  const pidFile = `data/sim-${awsPort}.pid`;
  mkdirSync("data", { recursive: true, mode: 0o700 });
  await stopStaleSimulator(pidFile);
  const sim = spawn(process.execPath, ["--import", "tsx", SIM_SCRIPT], {
    // The simulator stops by itself when this process dies without stopping it (sim/main.ts).
    env: { ...process.env, SIM_AWS_PORT: awsPort, SIM_DNS_PORT: dnsPort, LAUNCHPAD_PARENT_PID: String(process.pid) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  writeFileSync(pidFile, String(sim.pid), { mode: 0o600 });
  const stopSim = () => {
    sim.kill("SIGTERM");
    rmSync(pidFile, { force: true });
  };
  process.on("exit", stopSim);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
  await new Promise((resolve, reject) => {
    sim.once("exit", (code) => reject(new Error(`the simulator stopped (exit ${code}); are ports ${awsPort} and ${dnsPort} free?`)));
    sim.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      if (chunk.toString().includes("Simulator ready.")) resolve();
    });
  }).catch((e) => {
    console.error(`Cannot start the demo: ${e.message}`);
    process.exit(1);
  });
  Object.assign(process.env, {
    // Never real AWS: every service goes to the simulator, with throwaway credentials it ignores.
    AWS_ENDPOINT_URL: `http://127.0.0.1:${awsPort}`,
    AWS_ACCESS_KEY_ID: "AKIDSIMULATEDDEMO",
    AWS_SECRET_ACCESS_KEY: "simulated",
    AWS_REGION: process.env.AWS_SES_REGION ?? "us-east-1",
    DNS_SERVERS: `127.0.0.1:${dnsPort}`,
    // The demo domain is a verified identity of the simulated account.
    AWS_SES_FROM_EMAIL: process.env.AWS_SES_FROM_EMAIL ?? "noreply@launchpad-demo.example",
  });
}

/**
 * A simulator left by a demo that was killed before it could stop it (it would keep the ports): stopped, if the
 * pid in the file is still a simulator run from this checkout, and not some process that got the pid since.
 */
async function stopStaleSimulator(pidFile) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (pid > 0 && isOurSimulator(pid)) {
    console.log(`Stopping the simulator a previous demo left running (pid ${pid}).`);
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 30 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 20 && isAlive(pid); i++) await sleep(100);
  }
  rmSync(pidFile, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Its command line runs sim/main.ts and (where /proc tells) its working directory is this one. */
function isOurSimulator(pid) {
  if (!isAlive(pid)) return false;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return command.includes(SIM_SCRIPT) && readlinkSync(`/proc/${pid}/cwd`) === process.cwd();
  } catch {
    // No /proc (macOS): ask ps for the command line.
    const r = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    return r.status === 0 && r.stdout.includes(SIM_SCRIPT);
  }
}
