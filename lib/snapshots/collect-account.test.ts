import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setFaults, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { useTestDatabase } from "../../test/use-test-database";
import { getAccountView } from "./account-view";
import { collectAccountSnapshot } from "./collect-account";

describe("account snapshots against the simulated AWS", () => {
  const store = useTestDatabase("sqlite");
  let sim: SimulatedAws;
  beforeAll(async () => {
    sim = await startSimulatedAws({ port: 0 });
    // The SDK's standard variables: the same code path as against AWS.
    Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
  });
  afterAll(() => sim.close());

  it("stores a sandbox reading, then keeps showing it when a later reading fails", async () => {
    expect(await getAccountView("us-east-1")).toEqual({ lastGood: null, lastFailure: null });
    expect(await collectAccountSnapshot("us-east-1")).toEqual({ ok: true });
    const view = await getAccountView("us-east-1");
    expect(view.lastGood).toMatchObject({ production: false, quota: { max24Hour: 200, maxSendRate: 1 }, enforcementStatus: "HEALTHY" });

    setFaults({ errorFraction: 1 });
    try {
      const failed = await collectAccountSnapshot("us-east-1");
      expect(failed.ok).toBe(false);
    } finally {
      setFaults({ errorFraction: 0 });
    }
    const stale = await getAccountView("us-east-1");
    expect(stale.lastFailure?.error).toMatch(/GetAccount/);
    expect(stale.lastGood?.quota.max24Hour).toBe(200);
    // The failure is a row of its own, not zeros over the good reading.
    expect(await store.db!.accountSnapshot.count({ where: { ok: false } })).toBe(1);
  });

  it("completes despite 30% throttling, thanks to the SDK's retries", async () => {
    setFaults({ throttleFraction: 0.3 });
    try {
      const results = await Promise.all(Array.from({ length: 10 }, () => collectAccountSnapshot("us-east-1")));
      expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(8);
    } finally {
      setFaults({ throttleFraction: 0 });
    }
  });
});
