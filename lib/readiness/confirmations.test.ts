import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setAccount, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { withAccount } from "../accounts/account-context";
import { getAccountView } from "../snapshots/account-view";
import { collectRegion } from "../snapshots/collect-region";
import { readConfirmations, setConfirmation } from "./confirmations";

const REGION = "us-east-1";
const ID = "post-approval.production-settings";
let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());

const check = async () => (await getAccountView(REGION)).readiness?.checks.find((c) => c.id === ID);

describe.each(databaseKinds())("an admin's confirmation through the collection (%s)", (kind) => {
  useTestDatabase(kind);

  it("completes the item only with production access, shows who and when, and can be taken back", async () => {
    setAccount(REGION, { ProductionAccessEnabled: false });
    await collectRegion(REGION, { trigger: "manual" });
    expect(await check()).toMatchObject({ status: "todo", confirm: {} });

    await setConfirmation(REGION, ID, "admin@example.com", new Date("2026-11-28T09:00:00Z"));
    await collectRegion(REGION, { trigger: "manual" });
    expect((await check())?.status).toBe("warning");

    setAccount(REGION, { ProductionAccessEnabled: true });
    try {
      await collectRegion(REGION, { trigger: "manual" });
      const done = await check();
      expect(done).toMatchObject({ status: "done", confirm: { by: "admin@example.com", at: "2026-11-28T09:00:00.000Z" } });
      expect(done?.evidence[0]).toMatchObject({
        query: expect.stringContaining("readiness confirmations"),
        observed: "confirmed by admin@example.com at 2026-11-28T09:00:00.000Z",
      });

      // Another watched account, or another region, has its own confirmations.
      expect(await withAccount({ id: "other", name: "Other", kind: "profile", profile: "other" }, () => readConfirmations(REGION))).toEqual(
        {},
      );
      expect(await readConfirmations("eu-west-1")).toEqual({});

      await setConfirmation(REGION, ID, undefined);
      await collectRegion(REGION, { trigger: "manual" });
      expect(await check()).toMatchObject({ status: "todo", confirm: {} });
    } finally {
      setAccount(REGION, { ProductionAccessEnabled: false });
    }
  });
});
