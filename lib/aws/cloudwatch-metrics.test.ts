import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoScenario } from "../../sim/aws/demo-scenario";
import { setFaults, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { fetchReputationSeries } from "./cloudwatch-metrics";

let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario: demoScenario });
  // The SDK's standard variables: the same code path as against AWS.
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());
afterEach(() => setFaults({ throttleFraction: 0, errorFraction: 0 }));

const DAY = 86_400_000;

describe("fetchReputationSeries against the simulated CloudWatch", () => {
  it("reads a month hourly in one call, with the demo's bounce spike nine days ago", async () => {
    const s = await fetchReputationSeries("us-east-1", { range: "30d" });
    expect(s.calls).toBe(1);
    expect(s.metricsRequested).toBe(9);
    expect(s.complete).toBe(true);
    expect(s.period).toBe(3600);
    expect(s.points.length).toBeGreaterThanOrEqual(30 * 24);
    const spike = s.points.filter((p) => (p.bounceRate ?? 0) >= 0.05);
    expect(spike).toHaveLength(24);
    for (const p of spike) expect((Date.now() - p.t) / DAY).toBeGreaterThan(8.9);
    expect(spike.every((p) => p.bounceRateMax !== null && p.bounceRateMax >= p.bounceRate!)).toBe(true);
    expect(s.latest.bounceRate?.value).toBeLessThan(0.05);
    expect(s.latest.complaintRate?.value).toBeGreaterThan(0);
    const sends = s.points.reduce((n, p) => n + (p.send ?? 0), 0);
    expect(sends / 30).toBeGreaterThan(120);
    expect(sends / 30).toBeLessThan(180);
    // Delivery + Bounce add up to Send in the simulated history.
    for (const p of s.points.filter((x) => x.send !== null)) expect((p.delivery ?? 0) + (p.bounce ?? 0)).toBe(p.send);
  });

  it("leaves periods without a datapoint as gaps, never zeros", async () => {
    const s = await fetchReputationSeries("us-east-1", { range: "24h" });
    expect(s.period).toBe(300);
    const filled = s.points.filter((p) => p.send !== null);
    // Hourly history in 5-minute buckets: one filled bucket per hour, the other eleven empty.
    expect(filled.length).toBeGreaterThanOrEqual(24);
    expect(filled.length).toBeLessThanOrEqual(26);
    expect(s.points.length).toBeGreaterThanOrEqual(288);
    expect(s.points.filter((p) => p.send === null).every((p) => p.bounceRate === null && p.delivery === null)).toBe(true);
  });

  it("follows NextToken through PartialData pages to the same answer", async () => {
    const now = Date.now();
    const whole = await fetchReputationSeries("us-east-1", { range: "7d", now });
    const paged = await fetchReputationSeries("us-east-1", { range: "7d", now }, { maxDatapointsPerPage: 200 });
    expect(paged.calls).toBeGreaterThan(5);
    expect(paged.metricsRequested).toBe(paged.calls * 9);
    expect(paged.complete).toBe(true);
    expect(paged.points).toEqual(whole.points);
  });

  it("serves an explicit window for incremental collection", async () => {
    const now = Date.now();
    const s = await fetchReputationSeries("us-east-1", { start: now - 3 * 3_600_000, now });
    expect(s.period).toBe(60);
    expect(s.startMs % 60_000).toBe(0);
    expect(s.points.filter((p) => p.send !== null).length).toBeGreaterThanOrEqual(2);
  });

  // Persistent throttling is not tested here: the shared clients retry eight times with backoff (lib/aws/clients.ts),
  // so it would take most of a minute to surface; the simulator's own tests show the typed Throttling error.
  it("rides out heavy throttling, page after page, without corrupting the series", async () => {
    const now = Date.now();
    const baseline = await fetchReputationSeries("us-east-1", { range: "7d", now }, { maxDatapointsPerPage: 500 });
    setFaults({ throttleFraction: 0.4 });
    const results = await Promise.allSettled(
      Array.from({ length: 2 }, () => fetchReputationSeries("us-east-1", { range: "7d", now }, { maxDatapointsPerPage: 500 })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(2);
    for (const r of ok) {
      expect(r.value.calls).toBe(baseline.calls);
      expect(r.value.calls).toBeGreaterThan(2);
      expect(r.value.points).toEqual(baseline.points);
    }
  });
});
