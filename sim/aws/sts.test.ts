import { GetAccountCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_ID, startSimulatedAws, type SimulatedAws } from "./server";
import { clientConfig, failure } from "./test-helpers";

const OTHER = "210987654321";
const ROLE = `arn:aws:iam::${OTHER}:role/SesLaunchpad`;

let sim: SimulatedAws;
let sts: STSClient;
beforeAll(async () => {
  sim = await startSimulatedAws({
    port: 0,
    scenario: {
      otherAccounts: { [OTHER]: { externalId: "ext-1", scenario: { account: { ProductionAccessEnabled: true, Max24HourSend: 50000 } } } },
    },
  });
  sts = new STSClient(clientConfig(sim.url));
});
afterAll(async () => {
  sts.destroy();
  await sim.close();
});

const assume = (params: Partial<ConstructorParameters<typeof AssumeRoleCommand>[0]> = {}) =>
  sts.send(
    new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: "ses-launchpad", ExternalId: "ext-1", DurationSeconds: 900, ...params }),
  );

describe("simulated STS AssumeRole", () => {
  it("issues credentials that act in the role's account, with its own state", async () => {
    const out = await assume();
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(out.Credentials!.Expiration!.getTime() - Date.now()).toBeGreaterThan(890_000);
    expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${OTHER}:assumed-role/SesLaunchpad/ses-launchpad`);
    const c = out.Credentials!;
    const credentials = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
    const asRole = new STSClient({ ...clientConfig(sim.url), credentials });
    const sesAsRole = new SESv2Client({ ...clientConfig(sim.url), credentials });
    const sesDefault = new SESv2Client(clientConfig(sim.url));
    try {
      expect((await asRole.send(new GetCallerIdentityCommand({}))).Account).toBe(OTHER);
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(ACCOUNT_ID);
      expect((await sesAsRole.send(new GetAccountCommand({}))).ProductionAccessEnabled).toBe(true);
      expect((await sesDefault.send(new GetAccountCommand({}))).ProductionAccessEnabled).toBe(false);
    } finally {
      for (const client of [asRole, sesAsRole, sesDefault]) client.destroy();
    }
  });

  it("refuses a role the scenario does not trust, or the wrong external id, with STS's reason", async () => {
    for (const params of [{ ExternalId: "wrong" }, { ExternalId: undefined }, { RoleArn: "arn:aws:iam::999999999999:role/SesLaunchpad" }]) {
      const e = await failure(assume(params));
      expect([e.name, e.$metadata?.httpStatusCode]).toEqual(["AccessDenied", 403]);
      expect(e.message).toBe(
        `User: arn:aws:iam::${ACCOUNT_ID}:user/simulated is not authorized to perform: sts:AssumeRole on resource: ${params.RoleArn ?? ROLE}`,
      );
    }
  });

  it("validates the session's duration and name as STS does", async () => {
    expect((await failure(assume({ DurationSeconds: 60 }))).name).toBe("ValidationError");
    expect((await failure(assume({ RoleSessionName: "no spaces" }))).name).toBe("ValidationError");
  });

  it("refuses calls with expired session credentials", async () => {
    const c = (await assume()).Credentials!;
    sim.state.sessions.get(c.AccessKeyId!)!.expiresAt = Date.now() - 1;
    const expired = new SESv2Client({
      ...clientConfig(sim.url),
      credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: "x", sessionToken: "y" },
    });
    try {
      const e = await failure(expired.send(new GetAccountCommand({})));
      expect(e.name).toBe("ExpiredToken");
      expect(e.$metadata?.httpStatusCode).toBe(403);
    } finally {
      expired.destroy();
    }
  });
});
