import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setDeniedActions } from "../../sim/aws/permissions";
import { startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { CONNECTION_TEST_ACTIONS, testConnection } from "./connection-test";
import { featureActions } from "./iam-policy";

// One simulator for the file: the SDK clients are cached per region with the endpoint they were made with.
let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario: { identities: [{ name: "example.com", dkim: "SUCCESS" }] } });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
});
afterAll(() => sim.close());
afterEach(() => setDeniedActions([]));

describe("connection test against the simulated AWS", () => {
  it("names the account and principal, and finds every permission of a full principal", async () => {
    const result = await testConnection("us-east-1");
    expect(result.identity).toEqual({ ok: true, account: "123456789012", arn: "arn:aws:iam::123456789012:user/simulated" });
    expect(result.checks.map((c) => c.action)).toEqual(CONNECTION_TEST_ACTIONS);
    expect(result.checks.filter((c) => c.status !== "granted")).toEqual([]);
    expect(result.checks.find((c) => c.action === "ses:GetAccount")?.message).toBe("In the sandbox.");
    expect(result.checks.find((c) => c.action === "ses:ListEmailIdentities")?.message).toBe("Identities can be listed.");
  });

  it("shows the actions a principal lacks as missing, naming each, and the rest as granted", async () => {
    setDeniedActions(["ses:GetAccount", "sns:ListTopics", "cloudwatch:GetMetricData"]);
    const result = await testConnection("eu-west-1");
    expect(result.region).toBe("eu-west-1");
    expect(result.identity.ok).toBe(true);
    const byAction = Object.fromEntries(result.checks.map((c) => [c.action, c]));
    for (const action of ["ses:GetAccount", "sns:ListTopics", "cloudwatch:GetMetricData"]) {
      expect(byAction[action]).toMatchObject({
        status: "missing",
        message: `This needs \`${action}\` on this account (AWS answered AccessDenied).`,
      });
    }
    for (const action of ["ses:ListEmailIdentities", "ses:GetIdentityNotificationAttributes", "cloudwatch:DescribeAlarms"]) {
      expect(byAction[action]?.status).toBe("granted");
    }
  });

  it("still identifies a principal that may call nothing else", async () => {
    setDeniedActions(["ses:*", "sns:*", "cloudwatch:*"]);
    const result = await testConnection("us-east-1");
    expect(result.identity).toMatchObject({ ok: true, account: "123456789012" });
    expect(result.checks.map((c) => c.status)).toEqual(CONNECTION_TEST_ACTIONS.map(() => "missing"));
  });

  it("probes, for each feature it names, an action the generated policy grants to that feature", async () => {
    const { checks } = await testConnection("us-east-1");
    for (const c of checks) {
      expect(c.features.length).toBeGreaterThan(0);
      for (const f of c.features) expect(featureActions([f], ["read"]), `${c.action} for ${f}`).toContain(c.action);
    }
  });
});
