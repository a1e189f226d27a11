// The demo's simulated AWS and DNS (sim/), run by scripts/start.mjs as a child of the server process.
import { spawn } from "node:child_process";

/** Starts the simulated AWS and DNS, and points the dashboard (and only it) at them. */
export async function startSimulator() {
  const awsPort = process.env.SIM_AWS_PORT ?? "4566";
  const dnsPort = process.env.SIM_DNS_PORT ?? "5354";
  const sim = spawn(process.execPath, ["--import", "tsx", "sim/main.ts"], {
    env: { ...process.env, SIM_AWS_PORT: awsPort, SIM_DNS_PORT: dnsPort },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stopSim = () => sim.kill("SIGTERM");
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
