import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { testConnection } from "../aws/connection-test";
import { collectAll } from "../snapshots/collect-all";
import { getAccountView } from "../snapshots/account-view";
import { withAccount } from "./account-context";
import { credentialsFor } from "./account-credentials";
import { addAccount, removeAccount } from "./account-registry";
import { DEFAULT_ACCOUNT, type AwsAccount } from "./aws-account";

const OTHER = "210987654321";
const ROLE = `arn:aws:iam::${OTHER}:role/SesLaunchpad`;
const role = (externalId: string | undefined, id = `role-${externalId}`): AwsAccount => ({
  id,
  name: id,
  kind: "role",
  roleArn: ROLE,
  externalId,
});

// One simulator for the file: the SDK clients are cached per account and region with the endpoint they were made with.
let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({
    port: 0,
    scenario: {
      otherAccounts: {
        [OTHER]: { externalId: "ext-1", scenario: { account: { ProductionAccessEnabled: true, Max24HourSend: 50000, MaxSendRate: 14 } } },
      },
    },
  });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());

describe("accounts reached through a role, against the simulated AWS", () => {
  it("reaches the role's own account: another account id and principal, another SES state", async () => {
    const [own, assumed] = await Promise.all([testConnection("us-east-1"), withAccount(role("ext-1"), () => testConnection("us-east-1"))]);
    expect(own.identity).toEqual({ ok: true, account: "123456789012", arn: "arn:aws:iam::123456789012:user/simulated" });
    expect(assumed.identity).toEqual({ ok: true, account: OTHER, arn: `arn:aws:sts::${OTHER}:assumed-role/SesLaunchpad/ses-launchpad` });
    expect(own.checks.find((c) => c.action === "ses:GetAccount")?.message).toBe("In the sandbox.");
    expect(assumed.checks.find((c) => c.action === "ses:GetAccount")?.message).toBe("Production access.");
  });

  it("refuses a wrong external id with STS's reason, not a missing SES permission", async () => {
    const result = await withAccount(role("wrong"), () => testConnection("us-east-1"));
    expect(result.identity.ok).toBe(false);
    expect(!result.identity.ok && result.identity.message).toBe(
      `Could not get credentials through role ${ROLE}: AWS answered AccessDenied: User: arn:aws:iam::123456789012:user/simulated is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`,
    );
  });

  it("assumes the role again before its credentials expire, and only then", async () => {
    const steady = credentialsFor(role("ext-1", "steady"))!;
    expect((await steady()).accessKeyId).toBe((await steady()).accessKeyId);
    sim.state.scenario.sessionSeconds = 60; // inside the 5-minute refresh margin: every use refreshes
    try {
      const account = role("ext-1", "short-lived");
      const provider = credentialsFor(account)!;
      const first = await provider();
      const second = await provider();
      expect(second.accessKeyId).not.toBe(first.accessKeyId);
      expect(second.expiration!.getTime()).toBeGreaterThanOrEqual(first.expiration!.getTime());
      const again = await withAccount(account, () => testConnection("us-east-1"));
      expect(again.identity).toMatchObject({ ok: true, account: OTHER });
    } finally {
      delete sim.state.scenario.sessionSeconds;
    }
  });
});

describe.each(databaseKinds())("collection of several accounts (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("stores each account's reading under its own account, once per interval, and reads them apart", async () => {
    const added = await addAccount({ name: "Production EU", kind: "role", roleArn: ROLE, externalId: "ext-1" });
    try {
      expect(added.id).toBe("production-eu");
      const now = new Date();
      const results = await collectAll("cli", now);
      expect(results.map((r) => [r.account, r.region, r.status])).toEqual([
        ["default", "us-east-1", "stored"],
        ["production-eu", "us-east-1", "stored"],
      ]);
      expect((await collectAll("cli", now)).map((r) => r.status)).toEqual(["skipped", "skipped"]);
      const rows = await store.db!.accountSnapshot.findMany({
        where: { account: { in: ["default", "production-eu"] } },
        select: { account: true, production: true },
        orderBy: { account: "asc" },
      });
      expect(rows).toEqual([
        { account: "default", production: false },
        { account: "production-eu", production: true },
      ]);
      expect(await store.db!.collectionRun.count({ where: { account: "production-eu" } })).toBe(1);
      // Outside any account context, queries see the default account only.
      expect((await getAccountView("us-east-1")).lastGood?.production).toBe(false);
      expect((await withAccount(added, () => getAccountView("us-east-1"))).lastGood?.quota.max24Hour).toBe(50000);
    } finally {
      await removeAccount(added.id);
    }
    expect((await withAccount(DEFAULT_ACCOUNT, () => collectAll("cli", new Date(Date.now() + 3_600_000)))).map((r) => r.account)).toEqual([
      "default",
    ]);
  });
});
