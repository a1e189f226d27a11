import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedAws, type SimulatedAws } from "../sim/aws/server";
import { createPrismaClient } from "../lib/db/create-client";
import { ensureCliBuilt, runCli as run } from "./cli-run";
import { freshSqlite, type TestDatabase } from "./databases";

describe("npx ses-launchpad collect", () => {
  let sim: SimulatedAws;
  let database: TestDatabase;
  beforeAll(async () => {
    await ensureCliBuilt();
    sim = await startSimulatedAws({ port: 0 });
    database = freshSqlite();
  });
  afterAll(async () => {
    await sim.close();
    await database.drop();
  });

  it("stores one reading per region, and a second run in the same interval stores nothing", async () => {
    const env = {
      AWS_ENDPOINT_URL: sim.url,
      AWS_ACCESS_KEY_ID: "AKIDTEST",
      AWS_SECRET_ACCESS_KEY: "test",
      DATABASE_URL: database.url,
      AWS_SES_REGIONS: "us-east-1,eu-west-1",
      COLLECT_INTERVAL_MINUTES: "60",
    };
    const first = await run(["collect"], env);
    expect(first.out).toMatch(/us-east-1: stored \(readiness \d+\/100\)/);
    expect(first.out).toMatch(/eu-west-1: stored/);
    expect(first.code).toBe(0);
    const second = await run(["collect"], env);
    expect(second.out).toMatch(/us-east-1: skipped/);
    const db = createPrismaClient(database.url);
    try {
      expect(await db.accountSnapshot.groupBy({ by: ["region"], _count: true, orderBy: { region: "asc" } })).toEqual([
        { region: "eu-west-1", _count: 1 },
        { region: "us-east-1", _count: 1 },
      ]);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});
