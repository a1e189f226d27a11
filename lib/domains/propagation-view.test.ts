import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPropagating } from "../../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import { createDnsClient } from "../dns/dns-client";
import { comparePropagation } from "./compare-propagation";
import { propagationView } from "./propagation-view";

// Two servers on loopback: the zone's authoritative server with the new records, and a "resolver" still answering from before.
let auth: SimulatedDns;
let resolver: SimulatedDns;
beforeAll(async () => {
  [auth, resolver] = await Promise.all([startSimulatedDns(), startSimulatedDns()]);
  loadPropagating(auth.zones, resolver.zones, "prop.example", ["tok1"]);
  // The zone's name server, as DNS names it: on loopback here, which only an allow-list lets the view ask.
  resolver.zones.add("prop.example", { type: "NS", data: "ns1.prop.example" });
  resolver.zones.add("ns1.prop.example", { type: "A", data: "127.0.0.1" });
  // A hostile zone whose name server "is" an internal address.
  resolver.zones.addZone("inward.example");
  resolver.zones.add("inward.example", { type: "NS", data: "ns.inward.example" });
  resolver.zones.add("ns.inward.example", { type: "A", data: "127.0.0.2" });
});
afterAll(() => Promise.all([auth.close(), resolver.close()]));

describe("propagationView", () => {
  it("says published, not yet visible, with the negative-cache time left, and visible where both agree", async () => {
    const client = createDnsClient({ servers: [`127.0.0.1:${resolver.port}`], timeoutMs: 500, retries: 0 });
    const view = await propagationView(
      "prop.example",
      [
        { name: "tok1._domainkey.prop.example", type: "CNAME" },
        { name: "prop.example", type: "TXT" },
        { name: "nothing.prop.example", type: "TXT" },
      ],
      {
        client,
        allowHosts: "127.0.0.1",
        nameServerPort: auth.port,
      },
    );
    expect(view.nameServers).toEqual([{ host: "ns1.prop.example", address: "127.0.0.1" }]);
    const [dkim, spf, nothing] = view.rows;
    expect(dkim).toMatchObject({
      verdict: "published-not-visible",
      negativeCacheLeft: 60,
      authoritative: [{ values: ["tok1.dkim.amazonses.com"] }],
    });
    expect(dkim!.explanation).toMatch(/not yet visible to your resolver.*60 s/);
    expect(spf).toMatchObject({ verdict: "visible" });
    expect(nothing).toMatchObject({ verdict: "missing" });
  });

  it("asks only the zone's own name servers, and not one whose address is inside the network", async () => {
    const client = createDnsClient({ servers: [`127.0.0.1:${resolver.port}`], timeoutMs: 500, retries: 0 });
    const asked: string[] = [];
    const watched = {
      ...client,
      queryServer: (server: string, ...rest: Parameters<typeof client.queryServer> extends [string, ...infer R] ? R : never) => (
        asked.push(server),
        client.queryServer(server, ...rest)
      ),
    };
    const view = await propagationView("inward.example", [{ name: "inward.example", type: "TXT" }], { client: watched, allowHosts: "" });
    expect(view.zone).toBe("inward.example");
    expect(view.nameServers).toEqual([{ host: "ns.inward.example", error: expect.stringMatching(/inside the network/) }]);
    expect(asked).toEqual([]);
    expect(view.rows[0]!.authoritative).toEqual([]);
  });

  it("tells servers that disagree and servers that cannot be asked", () => {
    const a = (status: "ok" | "nxdomain" | "error", records: string[] = []) => ({
      name: "x",
      type: "TXT" as const,
      status,
      records,
      cnames: [],
      ttl: 30,
      server: "s",
    });
    expect(
      comparePropagation("x", "TXT", a("ok", ["v"]), [
        { server: "ns1", answer: a("ok", ["v"]) },
        { server: "ns2", answer: a("nxdomain") },
      ]).verdict,
    ).toBe("servers-disagree");
    expect(comparePropagation("x", "TXT", a("nxdomain"), [{ server: "ns1", answer: a("error") }])).toMatchObject({
      verdict: "unknown",
      explanation: expect.stringMatching(/No authoritative server answered/),
    });
    expect(comparePropagation("x", "TXT", a("ok", ["v"]), [])).toMatchObject({
      verdict: "visible",
      explanation: expect.stringMatching(/name servers are not known/),
    });
    expect(comparePropagation("x", "TXT", a("error"), [{ server: "ns1", answer: a("ok", ["v"]) }]).verdict).toBe("unknown");
    expect(comparePropagation("x", "TXT", a("ok", ["old"]), [{ server: "ns1", answer: a("ok", ["new"]) }])).toMatchObject({
      verdict: "published-not-visible",
      negativeCacheLeft: undefined,
    });
  });
});
