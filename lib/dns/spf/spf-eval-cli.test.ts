import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spfEval } from "../../../cli/commands/spf-eval";
import { startSimulatedDns, type SimulatedDns } from "../../../sim/dns/server";

describe("spf-eval command against the loopback DNS server", () => {
  let dns: SimulatedDns;
  beforeAll(async () => {
    dns = await startSimulatedDns();
    dns.zones.addZone("cli.example");
    dns.zones.set("cli.example", [{ type: "TXT", data: "v=spf1 ip4:192.0.2.0/24 -all exp=why.cli.example" }]);
    dns.zones.set("why.cli.example", [{ type: "TXT", data: "%{i} may not send for %{d}" }]);
  });
  afterAll(() => dns.close());

  const run = async (...args: string[]) => {
    let text = "";
    // Results on stdout, refusals on stderr: both are read here.
    const code = await spfEval([...args, "--dns-server", `127.0.0.1:${dns.port}`], { out: (t) => (text += t), err: (t) => (text += t) });
    return { code, text };
  };

  it("prints the result and the explanation", async () => {
    const fail = await run("--ip", "198.51.100.9", "--mail-from", "a@cli.example", "--helo", "mx.cli.example");
    expect(fail.code).toBe(0);
    expect(fail.text).toMatch(/^fail: matched -all in cli.example/);
    expect(fail.text).toContain("explanation: 198.51.100.9 may not send for cli.example");
    const pass = await run("--ip", "192.0.2.7", "--mail-from", "a@cli.example", "--helo", "mx.cli.example", "--json");
    expect(JSON.parse(pass.text)).toMatchObject({ result: "pass", domain: "cli.example", explanation: null, lookups: 0 });
  });

  it("uses the HELO name when MAIL FROM is empty, and refuses bad usage with status 2", async () => {
    const none = await run("--ip", "192.0.2.7", "--mail-from", "", "--helo", "nothing.cli.example");
    expect(none.text).toMatch(/^none:/);
    expect((await run("--ip", "192.0.2.7")).code).toBe(2);
    expect((await run("--bogus")).code).toBe(2);
  });

  it.each([
    ["a label over 63 octets", `postmaster@${"a".repeat(64)}.cli.example`, /63 characters/],
    ["a name over 253 octets", `postmaster@${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.example`, /253 characters/],
    ["an empty label", "postmaster@cli..example", /empty label/],
  ])("RFC 1035 §2.3.4: refuses %s with status 2, never as 'no SPF record'", async (_, mailFrom, reason) => {
    const r = await run("--ip", "192.0.2.7", "--mail-from", mailFrom, "--helo", "mx.cli.example");
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/cannot be a domain name/);
    expect(r.text).toMatch(reason);
    expect(r.text).not.toMatch(/^none:/);
  });
});
