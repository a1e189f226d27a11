import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../sim/dns/server";
import { ensureCliBuilt, runCli } from "./cli-run";

const COMMANDS = ["readiness", "status", "domains", "suppressions", "report", "collect", "check-domain", "spf-eval"];

beforeAll(ensureCliBuilt, 120_000);

describe("ses-launchpad help, version and usage errors", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s prints every command on stdout and exits 0", async (arg) => {
    const r = await runCli([arg]);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c} `);
    expect(r.err).toBe("");
  });

  it.each(COMMANDS)("%s --help and help %s print its usage and exit 0", async (command) => {
    for (const args of [
      [command, "--help"],
      ["help", command],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: ses-launchpad ${command}`);
    }
  });

  it("--version prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it.each([
    ["no command", [], /Usage: ses-launchpad <command>/],
    ["an unknown command", ["deploy"], /Unknown command 'deploy'[\s\S]*Usage: ses-launchpad <command>/],
    ["help on an unknown command", ["help", "deploy"], /Unknown command 'deploy'/],
    ["an unknown option", ["spf-eval", "--bogus"], /Unknown option '--bogus'\nUsage: ses-launchpad spf-eval/],
    ["a missing option", ["spf-eval", "--ip", "192.0.2.1"], /required\.\nUsage: ses-launchpad spf-eval/],
    ["an argument too many", ["collect", "now"], /Unexpected argument 'now'[\s\S]*Usage: ses-launchpad collect/],
    ["a bad --min-score", ["readiness", "--min-score", "high"], /--min-score must be a whole number[\s\S]*Usage: ses-launchpad readiness/],
    ["a bad region", ["status", "--region", "moon-1;"], /is not an AWS region name/],
    ["a missing action", ["suppressions"], /Name the action: export/],
  ])("%s exits 2 with the usage on stderr", async (_, args, message) => {
    const r = await runCli(args as string[], { DATABASE_URL: "file:/nonexistent/launchpad.db" });
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
  });
});

describe("DNS servers: --dns-server and DNS_SERVERS", () => {
  let dns: SimulatedDns;
  const tokens = ["tok1", "tok2", "tok3"];
  beforeAll(async () => {
    dns = await startSimulatedDns();
    dns.zones.addZone("example");
    dns.zones.addZone("amazonses.com");
    dns.zones.set("amazonses.com", [{ type: "TXT", data: "v=spf1 ip4:54.240.0.0/18 -all" }]);
    dns.zones.set("cli.example", [{ type: "TXT", data: "v=spf1 ip4:192.0.2.0/24 -all" }]);
    loadScenario(dns.zones, "correct", "good.example", tokens);
  });
  afterAll(() => dns.close());
  const server = () => `127.0.0.1:${dns.port}`;
  const spf = ["spf-eval", "--ip", "192.0.2.7", "--mail-from", "a@cli.example", "--helo", "mx.cli.example", "--json"];

  it("spf-eval asks the server of --dns-server, else of DNS_SERVERS", async () => {
    for (const [args, env] of [
      [[...spf, "--dns-server", server()], {}],
      [spf, { DNS_SERVERS: server() }],
    ] as const) {
      const r = await runCli([...args], env);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ result: "pass", domain: "cli.example" });
    }
  });

  it("check-domain asks the server of --dns-server, else of DNS_SERVERS", async () => {
    const check = ["check-domain", "good.example", "--dkim-tokens", tokens.join(","), "--mail-from", "mail.good.example", "--json"];
    for (const [args, env] of [
      [[...check, "--dns-server", server()], {}],
      [check, { DNS_SERVERS: server() }],
    ] as const) {
      const r = await runCli([...args], env);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ domain: "good.example", verdict: "pass" });
    }
  });
});
