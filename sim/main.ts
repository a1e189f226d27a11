// `npm run sim`: the simulated AWS and DNS with the demo scenario, on loopback.
// Prints where each listens once both answer; `npm start` runs it in demo mode.
import { Resolver } from "node:dns/promises";
import { demoScenario } from "./aws/demo-scenario";
import { startSimulatedAws } from "./aws/server";
import { DEMO_DOMAIN, loadDemoZone } from "./dns/demo-zone";
import { controlDnsZones } from "./dns/http-control";
import { startSimulatedDns } from "./dns/server";
import { startSesDnsVerification, verifySesIdentities } from "./dns/ses-dns-verification";

const host = "127.0.0.1";
const awsPort = Number(process.env.SIM_AWS_PORT ?? 4566);
const dnsPort = Number(process.env.SIM_DNS_PORT ?? 5354);

// A function rather than top-level await: the project's .ts files load as CommonJS.
async function main() {
  const aws = await startSimulatedAws({ port: awsPort, host, scenario: demoScenario });
  const dns = await startSimulatedDns({ port: dnsPort, host });
  loadDemoZone(dns.zones);
  controlDnsZones(dns.zones, () => verifySesIdentities(aws.state, dns.zones));
  const stopVerification = startSesDnsVerification(aws.state, dns.zones);

  // Announce only what answers.
  const health = await fetch(`${aws.url}/_sim/health`);
  if (!health.ok) throw new Error(`simulated AWS health check answered ${health.status}`);
  const resolver = new Resolver({ timeout: 1000, tries: 2 });
  resolver.setServers([`${host}:${dns.port}`]);
  await resolver.resolveTxt(DEMO_DOMAIN);

  console.log(`Simulated AWS listening on ${aws.url} (SES v2, SES v1, CloudWatch, SNS, STS)`);
  console.log(`Simulated DNS listening on ${host}:${dns.port} (UDP and TCP)`);
  console.log("Simulator ready.");

  const stop = async () => {
    stopVerification();
    await Promise.allSettled([aws.close(), dns.close()]);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // Started by npm start: stop with it even when it is killed with -9 and cannot stop us (we would keep the ports).
  const parent = Number(process.env.LAUNCHPAD_PARENT_PID);
  if (parent) setInterval(() => process.ppid !== parent && void stop(), 500).unref();
}

main().catch((e: unknown) => {
  console.error(`Simulator failed to start: ${(e as Error).message}`);
  process.exit(1);
});
