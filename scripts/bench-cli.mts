// The command line's start-to-exit time, measured and printed (node --import tsx scripts/bench-cli.mts), beside a
// bare `node -e 0` start on the same machine: median of 15 runs each, the DNS answered by the simulated server
// on loopback so that the figures are the CLI's own.
//   1. ses-launchpad --help                                          (target < 250 ms)
//   2. ses-launchpad spf-eval, one include and an exp= explanation   (target < 500 ms)
//   3. ses-launchpad check-domain --dkim-tokens (DNS alone, no SES)  (target < 500 ms)
//   4. spf-eval through tsx, as every call ran before the build      (3 runs, for comparison)
import { spawn } from "node:child_process";
import path from "node:path";
import { buildCli } from "./build-cli.mjs";
import { cliBuildIsFresh } from "./cli-build-state.mjs";
import { loadScenario } from "../sim/dns/scenarios";
import { startSimulatedDns } from "../sim/dns/server";

const root = path.join(import.meta.dirname, "..");
const RUNS = 15;

// Asynchronous on purpose: the simulated DNS answers from this process's event loop.
function timed(args: string[], env: Record<string, string> = {}): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) =>
      code === 0 || code === 1 ? resolve(performance.now() - t0) : reject(new Error(`${args.join(" ")} exited ${code}: ${err}`)),
    );
  });
}

async function median(runs: number, args: string[], env?: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(args, env));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main() {
  if (!cliBuildIsFresh(root)) await buildCli();
  const dns = await startSimulatedDns();
  const tokens = ["tok1", "tok2", "tok3"];
  dns.zones.addZone("example");
  dns.zones.addZone("amazonses.com");
  dns.zones.set("amazonses.com", [{ type: "TXT", data: "v=spf1 ip4:54.240.0.0/18 -all" }]);
  dns.zones.set("bench.example", [{ type: "TXT", data: "v=spf1 include:amazonses.com -all exp=why.bench.example" }]);
  dns.zones.set("why.bench.example", [{ type: "TXT", data: "%{i} may not send for %{d}" }]);
  loadScenario(dns.zones, "correct", "good.example", tokens);
  const server = `127.0.0.1:${dns.port}`;
  const bin = "bin/ses-launchpad.mjs";
  const spf = ["spf-eval", "--ip", "198.51.100.9", "--mail-from", "a@bench.example", "--helo", "mx.bench.example", "--dns-server", server];
  try {
    const bare = await median(RUNS, ["-e", "0"]);
    const rows: Array<[string, number, number | null]> = [
      ["node -e 0 (a bare Node start)", bare, null],
      ["ses-launchpad --help", await median(RUNS, [bin, "--help"]), 250],
      ["ses-launchpad spf-eval", await median(RUNS, [bin, ...spf]), 500],
      [
        "ses-launchpad check-domain --dkim-tokens",
        await median(RUNS, [
          bin,
          "check-domain",
          "good.example",
          "--dkim-tokens",
          tokens.join(","),
          "--mail-from",
          "mail.good.example",
          "--dns-server",
          server,
        ]),
        500,
      ],
      [
        "spf-eval through tsx, as before the build (median of 3)",
        await median(3, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", ...spf]),
        null,
      ],
    ];
    console.log(`Command line, start to exit (median of ${RUNS} runs)`);
    for (const [name, ms, target] of rows) {
      const ok = target === null || ms < target;
      const ratio = name.startsWith("node -e") ? "" : `  ${(ms / bare).toFixed(1)}× node`;
      console.log(
        `  ${ok ? "ok  " : "MISS"}  ${name.padEnd(56)} ${`${ms.toFixed(0)} ms`.padStart(8)}${ratio.padEnd(13)}  ${target === null ? "" : `< ${target} ms`}`,
      );
    }
    process.exitCode = rows.every(([, ms, target]) => target === null || ms < target) ? 0 : 1;
  } finally {
    await dns.close();
  }
}

await main();
