import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDomainCommand } from "../../cli/commands/check-domain";
import { loadScenario } from "../../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import type { DomainCheck } from "./check-domain";

// amazonses.com's own SPF record, which include:amazonses.com evaluates.
const SES_SPF =
  "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19 ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all";

// The CLI end to end with --dkim-tokens and --dns-server: the DNS alone, no SES call.
let dns: SimulatedDns;
const tokens = ["tok1", "tok2", "tok3"];

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await checkDomainCommand(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const server = () => `127.0.0.1:${dns.port}`;

beforeAll(async () => {
  dns = await startSimulatedDns();
  dns.zones.addZone("example");
  dns.zones.addZone("amazonses.com");
  dns.zones.set("amazonses.com", [{ type: "TXT", data: SES_SPF }]);
  loadScenario(dns.zones, "correct", "good.example", tokens);
  loadScenario(dns.zones, "dkim-zone-appended", "doubled.example", tokens);
});
afterAll(() => dns.close());

describe("check-domain command", () => {
  it("exits 0 for a correct domain and prints the contract's JSON", async () => {
    const { code, out } = await run([
      "good.example",
      "--dkim-tokens",
      tokens.join(","),
      "--mail-from",
      "mail.good.example",
      "--dns-server",
      server(),
      "--json",
    ]);
    const json = JSON.parse(out) as DomainCheck;
    // apexSpf comes last and only with a custom MAIL FROM: readers of the earlier keys see them unchanged.
    expect(Object.keys(json)).toEqual(["domain", "verdict", "spf", "dkim", "dmarc", "mailFrom", "alignment", "apexSpf"]);
    for (const spf of [json.spf, json.apexSpf!])
      expect(Object.keys(spf)).toEqual(["status", "record", "lookups", "voidLookups", "sesAuthorized", "findings"]);
    expect(json.alignment).toMatchObject({ dmarcPasses: true, via: "both" });
    for (const f of [...json.dkim.findings, ...json.dmarc.findings, ...json.mailFrom.findings])
      expect(Object.keys(f)).toEqual(["code", "severity", "message", "fix"]);
    expect(code).toBe(0);
  });

  it("RFC 7208 §4.5: prints the apex's own SPF errors beside the MAIL FROM's when a custom MAIL FROM is set", async () => {
    loadScenario(dns.zones, "correct", "apex-two.example", tokens);
    dns.zones.set("apex-two.example", [
      { type: "TXT", data: "v=spf1 include:amazonses.com ~all" },
      { type: "TXT", data: "v=spf1 -all" },
    ]);
    const { code, out } = await run([
      "apex-two.example",
      "--dkim-tokens",
      tokens.join(","),
      "--mail-from",
      "mail.apex-two.example",
      "--dns-server",
      server(),
    ]);
    expect(out).toMatch(
      /SPF of the MAIL FROM: ok[\s\S]*SPF of apex-two\.example \(its other mail; SES uses the MAIL FROM above\): error\n[\s\S]*\[spf\.multiple-records\] apex-two\.example publishes 2 SPF records/,
    );
    expect(code).toBe(1);
  });

  it("exits 1 when something is an error, naming the fix in the text output", async () => {
    const { code, out } = await run(["check-domain", "doubled.example", "--dkim-tokens", tokens.join(","), "--dns-server", server()]);
    expect(out).toContain("[dkim.doubled-zone]");
    expect(out).toContain("fix: Rename the record to tok1._domainkey (the host adds the zone)");
    expect(code).toBe(1);
  });

  it.each([
    ["a label over 63 octets", `${"a".repeat(64)}.example`, []],
    ["a name over 253 octets", `${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.example`, []],
    ["an empty label", "good..example", []],
    ["a MAIL FROM with an empty label", "good.example", ["--mail-from", ".good.example"]],
  ])("RFC 1035 §2.3.4: refuses %s with status 2 and says why", async (_, domain, extra) => {
    const { code, out, err } = await run([domain, ...extra, "--dkim-tokens", tokens.join(","), "--dns-server", server()]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/cannot be checked: .*(63 characters|253 characters|empty label)/);
  });

  it("RFC 9091: labels a DMARC policy found at the public suffix as the suffix operator's, in the text and the JSON", async () => {
    loadScenario(dns.zones, "correct", "psd-user.example", tokens);
    dns.zones.set("_dmarc.psd-user.example", []);
    dns.zones.set("_dmarc.example", [{ type: "TXT", data: "v=DMARC1; p=reject; psd=y" }]);
    const args = ["psd-user.example", "--dkim-tokens", tokens.join(","), "--mail-from", "mail.psd-user.example", "--dns-server", server()];
    const text = await run(args);
    expect(text.out).toContain("record: v=DMARC1; p=reject; psd=y (policy published by the public suffix operator (RFC 9091))");
    expect(text.out).toContain("[dmarc.psd-policy]");
    const json = JSON.parse((await run([...args, "--json"])).out) as DomainCheck;
    expect(json.dmarc).toMatchObject({ source: "psd", policy: "reject" });
  });

  it("exits 2 when the check cannot run: bad arguments, or a DNS server that refuses every query", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["good.example", "--bogus"])).code).toBe(2);
    const refusing = await startSimulatedDns();
    try {
      const { code, out } = await run(["good.example", "--dkim-tokens", "t1", "--dns-server", `127.0.0.1:${refusing.port}`, "--json"]);
      expect(code).toBe(2);
      expect((JSON.parse(out) as DomainCheck).verdict).toBe("unknown");
      expect(out).toContain("REFUSED");
    } finally {
      await refusing.close();
    }
  });
});
