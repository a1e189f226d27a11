import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import { createDnsClient, parseResolvConf, parseServer } from "./dns-client";

describe("DNS client over real packets", () => {
  let dns: SimulatedDns;
  let other: SimulatedDns;
  const client = () => createDnsClient({ servers: [`127.0.0.1:${dns.port}`], timeoutMs: 300, retries: 0 });

  beforeAll(async () => {
    [dns, other] = await Promise.all([startSimulatedDns(), startSimulatedDns()]);
    const z = dns.zones;
    z.addZone("client.example");
    z.set("client.example", [
      { type: "TXT", ttl: 120, data: ["v=spf1 ", "-all"] },
      { type: "MX", ttl: 90, data: { preference: 10, exchange: "mx.client.example" } },
    ]);
    z.set("alias.client.example", [{ type: "CNAME", ttl: 30, data: "target.client.example" }]);
    z.set("target.client.example", [
      { type: "A", ttl: 600, data: "192.0.2.1" },
      { type: "AAAA", data: "2001:db8::1" },
    ]);
    z.set("away.client.example", [{ type: "CNAME", data: "there.other.example" }]);
    z.set("loop1.client.example", [{ type: "CNAME", data: "loop2.client.example" }]);
    z.set("loop2.client.example", [{ type: "CNAME", data: "loop1.client.example" }]);
    z.set("slow.client.example", [{ type: "TIMEOUT" }]);
    z.set(
      "big.client.example",
      Array.from({ length: 12 }, (_, i) => ({ type: "TXT" as const, data: `${i}`.padEnd(200, "x") })),
    );
    z.set("old.client.example", [{ type: "SPF", data: "v=spf1 -all" }]);
    z.set("4.3.2.1.in-addr.arpa", [{ type: "PTR", data: "host.client.example" }]);
    z.addZone("in-addr.arpa");
    other.zones.addZone("other.example");
    other.zones.set("there.other.example", [{ type: "A", ttl: 45, data: "198.51.100.7" }]);
  });
  afterAll(async () => Promise.all([dns.close(), other.close()]));

  it("keeps TXT character-strings apart and takes the smallest TTL", async () => {
    const a = await client().lookup("client.example", "TXT");
    expect(a).toMatchObject({ status: "ok", records: [["v=spf1 ", "-all"]], ttl: 120, server: `127.0.0.1:${dns.port}` });
    expect((await client().lookup("client.example", "MX")).records).toEqual([{ preference: 10, exchange: "mx.client.example" }]);
  });

  it("tells NXDOMAIN from NODATA and caches both for the SOA negative TTL", async () => {
    expect(await client().lookup("none.client.example", "TXT")).toMatchObject({ status: "nxdomain", ttl: 60 });
    expect(await client().lookup("client.example", "A")).toMatchObject({ status: "nodata", ttl: 60 });
  });

  it("follows a CNAME chain in the answer, with the chain's smallest TTL", async () => {
    const a = await client().lookup("alias.client.example", "A");
    expect(a).toMatchObject({
      status: "ok",
      records: ["192.0.2.1"],
      ttl: 30,
      cnames: [{ name: "alias.client.example", target: "target.client.example" }],
    });
    expect((await client().lookup("alias.client.example", "CNAME")).records).toEqual(["target.client.example"]);
    expect((await client().lookup("target.client.example", "AAAA")).records).toEqual(["2001:db8::1"]);
  });

  it("re-queries the target when the server only returned the alias", async () => {
    const c = createDnsClient({ servers: [`127.0.0.1:${dns.port}`, `127.0.0.1:${other.port}`], timeoutMs: 300, retries: 0 });
    const a = await c.lookup("away.client.example", "A");
    expect(a).toMatchObject({ status: "ok", records: ["198.51.100.7"], server: `127.0.0.1:${other.port}` });
    expect(a.cnames).toEqual([{ name: "away.client.example", target: "there.other.example" }]);
  });

  it("reports a CNAME loop, a timeout and a refusal as errors with the server, never as missing", async () => {
    expect(await client().lookup("loop1.client.example", "TXT")).toMatchObject({
      status: "error",
      error: expect.stringMatching(/CNAME loop/),
    });
    const slow = await client().lookup("slow.client.example", "TXT");
    expect(slow).toMatchObject({ status: "error", ttl: 0, server: `127.0.0.1:${dns.port}`, error: expect.stringMatching(/timeout/) });
    expect(await client().lookup("example.org", "TXT")).toMatchObject({ status: "error", error: expect.stringMatching(/REFUSED/) });
  });

  it("retries over TCP when the UDP reply is truncated, and counts each packet", async () => {
    const c = client();
    const a = await c.lookup("big.client.example", "TXT");
    expect(a.status).toBe("ok");
    expect(a.records).toHaveLength(12);
    expect(c.queriesSent).toBe(2);
  });

  it("reads type 99 and PTR records", async () => {
    expect((await client().lookup("old.client.example", "SPF")).records).toEqual([["v=spf1 -all"]]);
    expect((await client().lookup("old.client.example", "TXT")).status).toBe("nodata");
    expect((await client().lookup("4.3.2.1.in-addr.arpa", "PTR")).records).toEqual(["host.client.example"]);
  });

  it("asks one given server without recursion", async () => {
    const c = client();
    const a = await c.queryServer(`127.0.0.1:${other.port}`, "there.other.example", "A");
    expect(a).toMatchObject({ status: "ok", records: ["198.51.100.7"], server: `127.0.0.1:${other.port}` });
  });

  it("parses server specs", () => {
    expect(parseServer("192.0.2.53")).toMatchObject({ host: "192.0.2.53", port: 53 });
    expect(parseServer("127.0.0.1:5354")).toMatchObject({ host: "127.0.0.1", port: 5354 });
    expect(parseServer("[::1]:5354")).toMatchObject({ host: "::1", port: 5354, label: "[::1]:5354" });
    expect(parseServer("2001:db8::53")).toMatchObject({ host: "2001:db8::53", port: 53 });
    expect(() => parseServer("host:99999")).toThrow(/Invalid DNS server/);
  });

  it("takes resolv.conf nameserver lines in order and drops IPv6 zone indexes", () => {
    const text =
      "# generated\nsearch example.com\nnameserver 192.0.2.53\n nameserver fe80::1%eth0\noptions ndots:2\nnameserver 2001:db8::53\n";
    expect(parseResolvConf(text)).toEqual(["192.0.2.53", "fe80::1", "2001:db8::53"]);
  });
});
