import { CloudWatchClient, DescribeAlarmsCommand } from "@aws-sdk/client-cloudwatch";
import { GetIdentityNotificationAttributesCommand, SESClient } from "@aws-sdk/client-ses";
import { GetAccountCommand, PutAccountDetailsCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { ListTopicsCommand, SNSClient } from "@aws-sdk/client-sns";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setFaults, startSimulatedAws, type SimulatedAws } from "./server";
import { clientConfig, failure } from "./test-helpers";

let sim: SimulatedAws;
beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
});
afterAll(() => sim.close());
afterEach(() => setFaults({ throttleFraction: 0, errorFraction: 0, latencyMs: 0, downRegions: [] }));

describe("fault injection", () => {
  it("surfaces throttling as each SDK's typed error", async () => {
    setFaults({ throttleFraction: 1 });
    const sesv2 = new SESv2Client(clientConfig(sim.url));
    const cw = new CloudWatchClient(clientConfig(sim.url));
    const ses = new SESClient(clientConfig(sim.url));
    const sns = new SNSClient(clientConfig(sim.url));
    try {
      const e1 = await failure(sesv2.send(new GetAccountCommand({})));
      expect(e1.name).toBe("TooManyRequestsException");
      expect(e1.$metadata?.httpStatusCode).toBe(429);

      const e2 = await failure(cw.send(new DescribeAlarmsCommand({})));
      expect(e2.name).toBe("Throttling");
      expect(e2.$metadata?.httpStatusCode).toBe(400);
      expect(e2.Code).toBe("Throttling");

      const e3 = await failure(ses.send(new GetIdentityNotificationAttributesCommand({ Identities: ["x.example"] })));
      expect(e3.name).toBe("Throttling");
      expect(e3.$metadata?.httpStatusCode).toBe(400);

      const e4 = await failure(sns.send(new ListTopicsCommand({})));
      expect(e4.name).toBe("Throttling");
    } finally {
      for (const c of [sesv2, cw, ses, sns]) c.destroy();
    }
  });

  it("answers 500 InternalFailure at errorFraction 1, via the HTTP control endpoint", async () => {
    const set = await fetch(`${sim.url}/_sim/faults`, { method: "POST", body: JSON.stringify({ errorFraction: 1 }) });
    expect(((await set.json()) as { errorFraction: number }).errorFraction).toBe(1);
    const sesv2 = new SESv2Client(clientConfig(sim.url));
    try {
      const e = await failure(sesv2.send(new GetAccountCommand({})));
      expect(e.name).toBe("InternalFailure");
      expect(e.$metadata?.httpStatusCode).toBe(500);
    } finally {
      sesv2.destroy();
    }
  });

  it("drops connections to a down region after the latency, while other regions answer", async () => {
    setFaults({ downRegions: ["eu-west-1"], latencyMs: 50 });
    const eu = new SESv2Client(clientConfig(sim.url, "eu-west-1"));
    const us = new SESv2Client(clientConfig(sim.url, "us-east-1"));
    try {
      const started = Date.now();
      const e = await failure(eu.send(new GetAccountCommand({})));
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
      expect(e.$metadata?.httpStatusCode).toBeUndefined();
      expect((await us.send(new GetAccountCommand({}))).SendingEnabled).toBe(true);
    } finally {
      eu.destroy();
      us.destroy();
    }
  });

  it("has a health endpoint and a state endpoint for the demo", async () => {
    const health = (await (await fetch(`${sim.url}/_sim/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    const r = await fetch(`${sim.url}/_sim/state`, {
      method: "POST",
      body: JSON.stringify({ region: "us-east-1", account: { SendingEnabled: false } }),
    });
    expect(r.status).toBe(200);
    const sesv2 = new SESv2Client(clientConfig(sim.url));
    try {
      expect((await sesv2.send(new GetAccountCommand({}))).SendingEnabled).toBe(false);
      await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
      expect((await sesv2.send(new GetAccountCommand({}))).SendingEnabled).toBe(true);
      // The demo can end a pending production-access review on demand.
      await sesv2.send(new PutAccountDetailsCommand({ MailType: "MARKETING", WebsiteURL: "https://demo.example" }));
      await fetch(`${sim.url}/_sim/state`, { method: "POST", body: JSON.stringify({ review: "DENIED" }) });
      const denied = await sesv2.send(new GetAccountCommand({}));
      expect(denied.Details?.ReviewDetails?.Status).toBe("DENIED");
      expect(denied.ProductionAccessEnabled).toBe(false);
      await fetch(`${sim.url}/_sim/reset`, { method: "POST" });
      expect((await sesv2.send(new GetAccountCommand({}))).SendingEnabled).toBe(true);
    } finally {
      sesv2.destroy();
    }
  });
});
