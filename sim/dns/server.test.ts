import { Resolver } from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedDns, type SimulatedDns } from "./server";

describe("simulated DNS over real packets", () => {
  let dns: SimulatedDns;
  let resolver: Resolver;
  beforeAll(async () => {
    dns = await startSimulatedDns();
    dns.zones.addZone("good.example");
    dns.zones.set("good.example", [{ type: "TXT", data: "v=spf1 include:amazonses.com ~all" }]);
    dns.zones.set("_dmarc.good.example", [{ type: "TXT", data: "v=DMARC1; p=quarantine" }]);
    dns.zones.set("tok1._domainkey.good.example", [{ type: "CNAME", data: "tok1.dkim.amazonses.com" }]);
    dns.zones.set("mail.good.example", [{ type: "MX", data: { preference: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" } }]);
    resolver = new Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([`127.0.0.1:${dns.port}`]);
  });
  afterAll(() => dns.close());

  it("answers TXT, CNAME and MX queries", async () => {
    expect(await resolver.resolveTxt("good.example")).toEqual([["v=spf1 include:amazonses.com ~all"]]);
    expect(await resolver.resolveCname("tok1._domainkey.good.example")).toEqual(["tok1.dkim.amazonses.com"]);
    // Node 24 adds `type: "MX"` to each answer; the record is what matters.
    expect(await resolver.resolveMx("mail.good.example")).toEqual([
      expect.objectContaining({ priority: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" }),
    ]);
  });

  it("tells a missing name (NXDOMAIN) from a name without that type (NODATA)", async () => {
    await expect(resolver.resolveTxt("missing.good.example")).rejects.toMatchObject({ code: "ENOTFOUND" });
    await expect(resolver.resolveMx("good.example")).rejects.toMatchObject({ code: "ENODATA" });
  });

  it("sees changes at once, as a freshly published record", async () => {
    dns.zones.set("new.good.example", [{ type: "TXT", data: "hello" }]);
    expect(await resolver.resolveTxt("new.good.example")).toEqual([["hello"]]);
  });

  it("refuses names outside its zones", async () => {
    await expect(resolver.resolveTxt("example.org")).rejects.toMatchObject({ code: "EREFUSED" });
  });
});
