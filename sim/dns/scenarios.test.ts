import { Resolver } from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPropagating, loadScenario } from "./scenarios";
import { startSimulatedDns, type SimulatedDns } from "./server";

const tokens = ["tokaaa", "tokbbb", "tokccc"];

describe("DNS scenarios served over real packets", () => {
  let dns: SimulatedDns;
  let stale: SimulatedDns;
  const ask = (server: SimulatedDns) => {
    const r = new Resolver({ timeout: 1000, tries: 1 });
    r.setServers([`127.0.0.1:${server.port}`]);
    return r;
  };
  beforeAll(async () => {
    [dns, stale] = await Promise.all([startSimulatedDns(), startSimulatedDns()]);
    loadScenario(dns.zones, "correct", "good.example", tokens);
    loadScenario(dns.zones, "dkim-zone-appended", "appended.example", tokens);
    loadScenario(dns.zones, "mail-from-two-spf", "twospf.example", tokens);
    loadScenario(dns.zones, "spf-split-inside-token", "split.example", tokens);
    loadPropagating(dns.zones, stale.zones, "fresh.example", tokens);
  });
  afterAll(async () => Promise.all([dns.close(), stale.close()]));

  it("serves the correct set-up", async () => {
    const r = ask(dns);
    expect(await r.resolveCname("tokaaa._domainkey.good.example")).toEqual(["tokaaa.dkim.amazonses.com"]);
    // Node 24 adds `type: "MX"` to each answer; the record is what matters.
    expect(await r.resolveMx("mail.good.example")).toEqual([
      expect.objectContaining({ priority: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" }),
    ]);
  });

  it("serves each mistake as a real DNS host would publish it", async () => {
    const r = ask(dns);
    await expect(r.resolveCname("tokaaa._domainkey.appended.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
    expect(await r.resolveCname("tokaaa._domainkey.appended.example.appended.example")).toEqual(["tokaaa.dkim.amazonses.com"]);
    expect((await r.resolveTxt("mail.twospf.example")).filter((t) => t.join("").startsWith("v=spf1"))).toHaveLength(2);
    expect(await r.resolveTxt("split.example")).toEqual([["v=spf1 include:amazonses.com", "include:_spf.google.com ~all"]]);
  });

  it("answers differently on the authoritative server and the stale resolver while propagating", async () => {
    expect(await ask(dns).resolveTxt("_dmarc.fresh.example")).toHaveLength(1);
    await expect(ask(stale).resolveTxt("_dmarc.fresh.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
  });
});
