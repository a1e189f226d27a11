import { CloudWatchClient, DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import { GetIdentityNotificationAttributesCommand, SESClient } from "@aws-sdk/client-ses";
import { GetAccountCommand, GetEmailIdentityCommand, ListEmailIdentitiesCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { iamActionOf, setDeniedActions } from "./permissions";
import { startSimulatedAws, type SimulatedAws } from "./server";
import { clientConfig, failure } from "./test-helpers";

let sim: SimulatedAws;
let sesv2: SESv2Client, ses: SESClient, cw: CloudWatchClient, sns: SNSClient, sts: STSClient;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario: { identities: [{ name: "example.com" }] } });
  const c = clientConfig(sim.url);
  [sesv2, ses, cw, sns, sts] = [new SESv2Client(c), new SESClient(c), new CloudWatchClient(c), new SNSClient(c), new STSClient(c)];
});
afterAll(async () => {
  for (const c of [sesv2, ses, cw, sns, sts]) c.destroy();
  await sim.close();
});
afterEach(() => setDeniedActions([]));

describe("simulated IAM refusals", () => {
  it("answers each protocol's AccessDenied for a withheld action, and only for it", async () => {
    setDeniedActions(["ses:GetAccount", "ses:GetIdentityNotificationAttributes", "cloudwatch:DescribeAlarms", "sns:ListTopics"]);
    const e1 = await failure(sesv2.send(new GetAccountCommand({})));
    expect(e1.name).toBe("AccessDeniedException");
    expect(e1.$metadata?.httpStatusCode).toBe(403);
    expect(e1.message).toContain("not authorized to perform: ses:GetAccount");

    const e2 = await failure(ses.send(new GetIdentityNotificationAttributesCommand({ Identities: ["example.com"] })));
    expect([e2.name, e2.$metadata?.httpStatusCode]).toEqual(["AccessDenied", 403]);

    const e3 = await failure(cw.send(new DescribeAlarmsCommand({})));
    expect(e3.$metadata?.httpStatusCode).toBe(403);
    expect(e3.message).toContain("cloudwatch:DescribeAlarms");

    const e4 = await failure(sns.send(new ListTopicsCommand({})));
    expect([e4.name, e4.$metadata?.httpStatusCode]).toEqual(["AuthorizationErrorException", 403]);

    // Neighbouring actions of the same services still work.
    expect((await sesv2.send(new ListEmailIdentitiesCommand({}))).EmailIdentities?.map((i) => i.IdentityName)).toEqual(["example.com"]);
    expect((await sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: "example.com" }))).IdentityType).toBe("DOMAIN");
  });

  it("denies a whole service with service:* but never GetCallerIdentity", async () => {
    setDeniedActions(["ses:*", "sts:*"]);
    expect((await failure(sesv2.send(new ListEmailIdentitiesCommand({})))).name).toBe("AccessDeniedException");
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe("123456789012");
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms).toEqual([]);
  });

  it("is set through the control API, starts from the scenario, and returns to it on reset", async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${sim.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        (r) => r.json(),
      );
    expect(await post("/_sim/permissions", { deniedActions: ["ses:GetAccount", "not an action"] })).toEqual({
      deniedActions: ["ses:GetAccount"],
    });
    expect((await failure(sesv2.send(new GetAccountCommand({})))).name).toBe("AccessDeniedException");

    await post("/_sim/reset", { scenario: { deniedActions: ["sns:ListTopics"] } });
    expect((await sesv2.send(new GetAccountCommand({}))).ProductionAccessEnabled).toBe(false);
    expect((await failure(sns.send(new ListTopicsCommand({})))).name).toBe("AuthorizationErrorException");
    await post("/_sim/reset", { scenario: { identities: [{ name: "example.com" }] } });
    expect((await sns.send(new ListTopicsCommand({}))).Topics).toEqual([]);
  });

  it("names the IAM action of every SES v2 route the dashboard uses", () => {
    const v2 = (method: string, path: string) => iamActionOf({ service: "sesv2", method, path });
    expect(v2("GET", "/v2/email/account")).toBe("ses:GetAccount");
    expect(v2("POST", "/v2/email/list-identities")).toBe("ses:ListEmailIdentities");
    expect(v2("GET", "/v2/email/identities/example.com")).toBe("ses:GetEmailIdentity");
    expect(v2("PUT", "/v2/email/identities/example.com/mail-from")).toBe("ses:PutEmailIdentityMailFromAttributes");
    expect(v2("PUT", "/v2/email/configuration-sets/cs/event-destinations/d")).toBe("ses:UpdateConfigurationSetEventDestination");
    expect(v2("POST", "/v2/email/outbound-emails")).toBe("ses:SendEmail");
    expect(v2("GET", "/v2/email/templates")).toBeUndefined();
    expect(iamActionOf({ service: "cloudwatch", method: "POST", path: "/", cloudWatchOperation: "GetMetricData" })).toBe(
      "cloudwatch:GetMetricData",
    );
    expect(iamActionOf({ service: "ses", method: "POST", path: "/", queryAction: "SetIdentityNotificationTopic" })).toBe(
      "ses:SetIdentityNotificationTopic",
    );
  });
});
