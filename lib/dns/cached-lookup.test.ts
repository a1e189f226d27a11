import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import { cachedLookup } from "./cached-lookup";
import { createDnsClient } from "./dns-client";

describe("cached lookup in front of the real client", () => {
  let dns: SimulatedDns;
  beforeAll(async () => {
    dns = await startSimulatedDns();
    dns.zones.addZone("cache.example");
    dns.zones.set("cache.example", [{ type: "TXT", ttl: 10, data: "v=spf1 -all" }]);
    dns.zones.set("slow.cache.example", [{ type: "TIMEOUT" }]);
  });
  afterAll(() => dns.close());

  const setup = () => {
    const clock = { t: 1_000_000 };
    const client = createDnsClient({ servers: [`127.0.0.1:${dns.port}`], timeoutMs: 200, retries: 0 });
    return { clock, client, lookup: cachedLookup(client.lookup, { now: () => clock.t }) };
  };

  it("answers a repeat inside the TTL without a query, and asks again after it", async () => {
    const { clock, client, lookup } = setup();
    await lookup("cache.example", "TXT");
    await lookup("CACHE.example.", "TXT");
    expect(client.queriesSent).toBe(1);
    clock.t += 10_001;
    await lookup("cache.example", "TXT");
    expect(client.queriesSent).toBe(2);
  });

  it("caches NXDOMAIN for the SOA negative TTL but never an error", async () => {
    const { client, lookup } = setup();
    await lookup("gone.cache.example", "TXT");
    await lookup("gone.cache.example", "TXT");
    expect(client.queriesSent).toBe(1);
    await lookup("slow.cache.example", "TXT");
    await lookup("slow.cache.example", "TXT");
    expect(client.queriesSent).toBe(3);
  });

  it("joins concurrent identical questions into one query", async () => {
    const { client, lookup } = setup();
    const answers = await Promise.all([lookup("cache.example", "TXT"), lookup("cache.example", "TXT"), lookup("cache.example", "TXT")]);
    expect(answers.map((a) => a.status)).toEqual(["ok", "ok", "ok"]);
    expect(client.queriesSent).toBe(1);
  });

  it("re-queries for Check now, then serves the rest of that check from what it fetched", async () => {
    const { client, lookup } = setup();
    await lookup("cache.example", "TXT");
    const now = lookup.bypass();
    await now("cache.example", "TXT");
    await now("cache.example", "TXT");
    expect(client.queriesSent).toBe(2);
    await lookup("cache.example", "TXT");
    expect(client.queriesSent).toBe(2);
  });
});
