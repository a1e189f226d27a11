import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAccount, setFaults, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getAccountView } from "./account-view";
import { applyRetention } from "./apply-retention";
import { claimRun } from "./claim-run";
import { collectRegion } from "./collect-region";
import { storeReading } from "./store-reading";
import { evaluateReadiness } from "../readiness/evaluate-readiness";
import { sampleState } from "../readiness/sample-state";

// One simulator for the file: the SDK clients are cached per region with the endpoint they were made with.
let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  // The SDK's standard variables: the same code path as against AWS.
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());

describe.each(databaseKinds())("collection against the simulated AWS (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("stores a sandbox reading with its checklist, then keeps showing it when a later reading fails", async () => {
    expect(await getAccountView("us-east-1")).toMatchObject({
      lastGood: null,
      readiness: null,
      lastFailure: null,
      danger: { level: "none", reasons: [] },
    });
    const first = await collectRegion("us-east-1", { trigger: "manual" });
    expect(first).toMatchObject({ status: "stored", score: expect.any(Number) });
    const view = await getAccountView("us-east-1");
    expect(view.lastGood).toMatchObject({ production: false, quota: { max24Hour: 200, maxSendRate: 1 }, enforcementStatus: "HEALTHY" });
    const suppression = view.readiness?.checks.find((c) => c.id === "handling.suppression-list");
    expect(suppression).toMatchObject({
      status: "todo",
      evidence: [{ query: "sesv2:GetAccount (us-east-1)", observed: "SuppressedReasons []" }],
    });

    setFaults({ errorFraction: 1 });
    try {
      expect(await collectRegion("us-east-1", { trigger: "manual" })).toMatchObject({
        status: "failed",
        error: expect.stringMatching(/GetAccount/),
      });
    } finally {
      setFaults({ errorFraction: 0 });
    }
    const stale = await getAccountView("us-east-1");
    expect(stale.lastFailure?.error).toMatch(/GetAccount/);
    expect(stale.lastGood?.quota.max24Hour).toBe(200);
    // The failure is a row of its own, not zeros over the good reading.
    expect(await store.db!.accountSnapshot.count({ where: { ok: false } })).toBe(1);
  });

  it("a spike injected through the simulator puts the region at pause level within one collection, and a recovery clears it", async () => {
    const inject = (body: object) =>
      fetch(`${sim.url}/_sim/metrics`, { method: "POST", body: JSON.stringify(body) }).then((r) => expect(r.status).toBe(200));
    await inject({ region: "us-east-1", hours: 2, sends: 1000, bounceRate: 0.12, complaintRate: 0.006 });
    try {
      await collectRegion("us-east-1", { trigger: "manual" });
      const view = await getAccountView("us-east-1");
      expect(view.lastGood?.enforcementStatus).toBe("HEALTHY");
      expect(view.danger.level).toBe("pause");
      expect(view.danger.reasons.map((r) => [r.metric, r.value, r.level, r.threshold])).toEqual([
        ["bounce-rate", 0.12, "pause", 0.1],
        ["complaint-rate", 0.006, "pause", 0.005],
      ]);
      // Since the first of the two injected hours, not since the reading.
      const hour = 3_600_000;
      expect(Date.parse(view.danger.reasons[0]!.since)).toBe(Math.floor(Date.now() / hour) * hour - hour);
      expect(view.readiness?.ready).toBe(false);
      expect(view.readiness?.nextActions[0]?.id).toBe("monitoring.bounce-rate");
    } finally {
      await inject({ region: "us-east-1", hours: 24, sends: 1000, bounceRate: 0.01, complaintRate: 0.0001 });
    }
    await collectRegion("us-east-1", { trigger: "manual" });
    expect((await getAccountView("us-east-1")).danger.level).toBe("none");
  });

  it("lets exactly one of several racing collectors store an interval", async () => {
    const slot = 900_000_001;
    const results = await Promise.all(Array.from({ length: 4 }, () => collectRegion("us-east-1", { trigger: "schedule", slot })));
    expect(results.filter((r) => r.status === "stored")).toHaveLength(1);
    expect(results.filter((r) => r.status === "skipped")).toHaveLength(3);
    const runs = await store.db!.collectionRun.findMany({ where: { slot } });
    expect(runs).toHaveLength(1);
    expect(await store.db!.accountSnapshot.count({ where: { runId: runs[0]!.id } })).toBe(1);
  });

  it("retries an interval whose collector died after claiming it, once the claim has expired, and only once", async () => {
    const slot = 900_000_002;
    const dead = (await claimRun("us-east-1", slot, "schedule"))!; // killed before storing anything
    expect(await collectRegion("us-east-1", { trigger: "schedule", slot })).toMatchObject({ status: "skipped" });
    await store.db!.collectionRun.update({ where: { id: dead }, data: { startedAt: new Date(Date.now() - 3_600_000) } });
    const results = await Promise.all(Array.from({ length: 3 }, () => collectRegion("us-east-1", { trigger: "schedule", slot })));
    expect(results.map((r) => r.status).sort()).toEqual(["skipped", "skipped", "stored"]);
    const runs = await store.db!.collectionRun.findMany({ where: { slot } });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.finishedAt).not.toBeNull();
    expect(await store.db!.accountSnapshot.count({ where: { runId: runs[0]!.id } })).toBe(1);
    // A finished interval is never collected again, however old.
    await store.db!.collectionRun.update({ where: { id: runs[0]!.id }, data: { startedAt: new Date(Date.now() - 3_600_000) } });
    expect(await collectRegion("us-east-1", { trigger: "schedule", slot })).toMatchObject({ status: "skipped" });
  });

  it("shares one checklist row between readings that say the same, and records state changes", async () => {
    const reports = await store.db!.readinessReport.count();
    await collectRegion("us-east-1", { trigger: "manual" });
    expect(await store.db!.readinessReport.count()).toBe(reports);
    setAccount("us-east-1", { EnforcementStatus: "PROBATION" });
    try {
      await collectRegion("us-east-1", { trigger: "manual" });
    } finally {
      setAccount("us-east-1", { EnforcementStatus: "HEALTHY" });
    }
    const events = await store.db!.accountEvent.findMany({ where: { region: "us-east-1" } });
    expect(events.map((e) => [e.kind, e.fromValue, e.toValue])).toEqual([["enforcement", "HEALTHY", "PROBATION"]]);
    expect(await store.db!.readinessReport.count()).toBe(reports + 1);
  });

  it("completes every collection despite 30% throttling and 5% server errors, storing each once", async () => {
    setFaults({ throttleFraction: 0.3, errorFraction: 0.05 });
    const before = await store.db!.accountSnapshot.count();
    try {
      const results = [];
      for (let slot = 1; slot <= 5; slot++)
        results.push(await collectRegion("us-east-1", { trigger: "schedule", slot: 800_000_000 + slot }));
      expect(results.map((r) => r.status)).toEqual(["stored", "stored", "stored", "stored", "stored"]);
    } finally {
      setFaults({ throttleFraction: 0, errorFraction: 0 });
    }
    expect(await store.db!.accountSnapshot.count()).toBe(before + 5);
    // Each reading is some twenty AWS calls, and throttling backs off from 500 ms up to 20 s with jitter: on a loaded
    // two-core machine five readings can take well over a minute, and slowness is not what this test looks for.
  }, 180_000);

  it("writes a reading all or nothing: a failure halfway leaves no report, snapshot or event", async () => {
    const region = "ap-south-1";
    const runId = (await claimRun(region, null, "manual"))!;
    const readiness = evaluateReadiness(sampleState({ region }));
    // A value the database refuses, after the checklist report is already written inside the transaction.
    const account = {
      region,
      production: false,
      sendingEnabled: true,
      enforcementStatus: "HEALTHY",
      quota: { max24Hour: "x" as unknown as number, maxSendRate: 1, sentLast24Hours: 0 },
      suppressedReasons: [],
      vdmEnabled: false,
      readAt: new Date(),
    };
    await expect(storeReading(region, runId, { ok: true, account, readiness })).rejects.toThrow();
    expect(await store.db!.readinessReport.count({ where: { region } })).toBe(0);
    expect(await store.db!.accountSnapshot.count({ where: { region } })).toBe(0);
    expect((await store.db!.collectionRun.findUnique({ where: { id: runId } }))?.finishedAt).toBeNull();
  });

  it("rolls finished hours up and drops raw readings past retention", async () => {
    const region = "eu-west-1";
    const hour = Date.UTC(2026, 0, 1, 10);
    await store.db!.accountSnapshot.createMany({
      data: [0, 5, 10].map((m, i) => ({
        region,
        ok: true,
        takenAt: new Date(hour + m * 60_000),
        readinessScore: 40 + i * 10,
        sentLast24Hours: 10 * (i + 1),
        max24HourSend: 200,
      })),
    });
    await store.db!.accountSnapshot.create({ data: { region, ok: false, error: "x", takenAt: new Date(hour + 20 * 60_000) } });
    const now = new Date(hour + 40 * 86_400_000);
    expect(await applyRetention(region, now)).toMatchObject({ rolledUp: 1 });
    const [rollup] = await store.db!.snapshotRollup.findMany({ where: { region } });
    expect(rollup).toMatchObject({
      readings: 4,
      failures: 1,
      readinessScore: 50,
      sentLast24Hours: 30,
      max24HourSend: 200,
      day: "2026-01-01",
    });
    expect(await store.db!.accountSnapshot.count({ where: { region } })).toBe(0);
    // Applying it again neither duplicates nor loses the roll-up.
    expect(await applyRetention(region, now)).toMatchObject({ rolledUp: 0 });
    expect(await store.db!.snapshotRollup.count({ where: { region } })).toBe(1);
  });
});
