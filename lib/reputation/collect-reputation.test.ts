import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFaults, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { readAlarmStatus, repairAlarms } from "./alarm-status";
import { collectReputation } from "./collect-reputation";
import { readCurrentReputation } from "./current-reputation";

const DAY = 86_400_000;
const REGION = "us-east-1";

// One simulator for the file: the SDK clients are cached per region with the endpoint they were made with.
let sim: SimulatedAws;
const history = { days: 20, dailySends: 240, bounceRate: 0.01, complaintRate: 0.0004, bounceSpike: { dayAgo: 17, rate: 0.07 }, seed: 7 };
const scenario = { history, regions: { "eu-west-1": { history } } };
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());

describe.each(databaseKinds())("collectReputation against the simulated AWS (%s)", (kind) => {
  const store = useTestDatabase(kind);
  // Each database starts from an account without alarms.
  beforeAll(async () => {
    const res = await fetch(`${sim.url}/_sim/reset`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario }),
    });
    expect(res.status).toBe(200);
  });
  const samples = () => store.db!.reputationSample.findMany({ where: { region: REGION }, orderBy: { at: "asc" } });

  it("back-fills hourly beyond 15 days and 5-minute within, in one GetMetricData call per window", async () => {
    const now = new Date();
    const run = await collectReputation(REGION, now);
    expect(run.error).toBeNull();
    expect(run.windows.map((w) => w.period)).toEqual([3600, 300]);
    expect(run).toMatchObject({ calls: 2, metricsRequested: 18, complete: true });
    const rows = await samples();
    expect(rows.length).toBe(run.created);
    const fiveMinFrom = now.getTime() - 15 * DAY;
    const hourly = rows.filter((r) => r.period === 3600);
    const fine = rows.filter((r) => r.period === 300);
    // 20 days of hourly datapoints: about 5 days fall in the hourly window, the rest in the 5-minute one.
    expect(hourly.length).toBeGreaterThan(24 * 4);
    expect(fine.length).toBeGreaterThan(24 * 14);
    // Hourly rows end where 5-minute rows begin: no period is counted twice.
    expect(Math.max(...hourly.map((r) => r.at.getTime() + 3_600_000))).toBeLessThanOrEqual(Math.min(...fine.map((r) => r.at.getTime())));
    expect(Math.max(...hourly.map((r) => r.at.getTime()))).toBeLessThan(fiveMinFrom);
    // The spike 17 days ago is stored as the simulator published it, in the hourly rows.
    const spike = hourly.filter((r) => r.bounceRate === 0.07);
    expect(spike.length).toBe(24);
    // Periods without data are not stored as zeros.
    expect(rows.every((r) => r.send !== null || r.bounceRate !== null)).toBe(true);
  });

  it("then asks only for the periods since the last collection, storing nothing twice", async () => {
    const before = await samples();
    const now = new Date(Date.now() + 10 * 60_000);
    const run = await collectReputation(REGION, now);
    expect(run.error).toBeNull();
    expect(run.windows).toHaveLength(1);
    expect(run.windows[0]!.period).toBe(300);
    // The plan's one-hour overlap, not the whole history.
    expect(now.getTime() - run.windows[0]!.start).toBeLessThanOrEqual(2 * 3_600_000);
    expect(run).toMatchObject({ calls: 1, metricsRequested: 9, created: 0, updated: 0 });
    const after = await samples();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
  });

  it("rides out throttling, and stores nothing for a window CloudWatch refused, asking again next time", async () => {
    setFaults({ errorFraction: 1 });
    let failed;
    try {
      failed = await collectReputation(REGION, new Date(Date.now() + 20 * 60_000), { checkAlarms: false });
    } finally {
      setFaults({ errorFraction: 0 });
    }
    expect(failed.error).toMatch(/GetMetricData/);
    expect(failed.created).toBe(0);
    setFaults({ throttleFraction: 0.4 });
    try {
      const retried = await collectReputation(REGION, new Date(Date.now() + 30 * 60_000), { checkAlarms: false });
      expect(retried.error).toBeNull();
      // The failed run did not move the mark: this one starts where the last good one ended, minus the overlap.
      expect(retried.windows[0]!.start).toBe(failed.windows[0]!.start);
    } finally {
      setFaults({ throttleFraction: 0 });
    }
  });

  it("judges the current rates from the stored samples", async () => {
    const rep = await readCurrentReputation(REGION, new Date(), 100);
    expect(rep.volumes24h.send).toBeGreaterThan(100);
    expect(rep.bounce.status).toBe("healthy");
    expect(rep.bounce.value).toBeGreaterThan(0.007);
    expect(rep.bounce.value).toBeLessThan(0.013);
    expect((await readCurrentReputation(REGION, new Date(), 1_000_000)).bounce.status).toBe("not-enough-volume");
  });

  it("follows NextToken pages when CloudWatch splits the answer, storing the same periods", async () => {
    const run = await collectReputation("eu-west-1", new Date(), { checkAlarms: false, maxDatapointsPerPage: 500 });
    expect(run.error).toBeNull();
    expect(run.complete).toBe(true);
    expect(run.calls).toBeGreaterThan(2);
    expect(run.metricsRequested).toBe(run.calls * 9);
    const rows = await store.db!.reputationSample.findMany({ where: { region: "eu-west-1" } });
    expect(rows.length).toBe(run.created);
    expect(rows.filter((r) => r.bounceRate === 0.07)).toHaveLength(24);
    // Every period has all its metrics: no page left a series half-read.
    expect(rows.every((r) => r.send !== null && r.bounceRate !== null && r.complaintRate !== null)).toBe(true);
  });

  it("checks the recommended alarms on each collection and repairs them in one call", async () => {
    const first = await readAlarmStatus(REGION);
    expect(first?.checks?.map((c) => c.status)).toEqual(["missing", "missing", "missing", "missing"]);
    const repaired = await repairAlarms(REGION);
    expect(repaired.names).toHaveLength(4);
    expect(repaired.actionArn).toMatch(/^arn:aws:sns:us-east-1:\d{12}:ses-launchpad-alerts$/);
    expect(repaired.status.checks?.map((c) => c.status)).toEqual(["ok", "ok", "ok", "ok"]);
    const run = await collectReputation(REGION, new Date(Date.now() + 40 * 60_000));
    expect(run.alarms?.checks?.every((c) => c.status === "ok")).toBe(true);
    expect(run.alarms?.actionArn).toBe(repaired.actionArn);
  });
});
