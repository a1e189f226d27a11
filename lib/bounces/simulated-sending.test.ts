import { SESClient, SetIdentityNotificationTopicCommand } from "@aws-sdk/client-ses";
import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  SendEmailCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import { ConfirmSubscriptionCommand, CreateTopicCommand, SNSClient, SubscribeCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig, failure, startReceiver } from "../../sim/aws/test-helpers";
import { trustCertificatesExplicitly } from "../sns/trusted-certificates";
import { verifySnsMessage } from "../sns/verify-message";
import { explainSendingError } from "./explain-sending-error";
import { readSesMessage } from "./read-ses-message";
import type { SesEvent } from "./ses-event";

const region = "us-east-1";
let sim: SimulatedAws;
let sesv2: SESv2Client;

const send = (from: string, to: string, configurationSet?: string) =>
  sesv2.send(
    new SendEmailCommand({
      FromEmailAddress: from,
      Destination: { ToAddresses: [to] },
      ConfigurationSetName: configurationSet,
      Content: { Simple: { Subject: { Data: "t" }, Body: { Text: { Data: "b" } } } },
    }),
  );

async function verifiedDomain() {
  await sesv2.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" }));
  setIdentityStatus(region, "example.org", { dkim: "SUCCESS" });
}

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  sesv2 = new SESv2Client(clientConfig(sim.url, region));
});
afterAll(async () => {
  sesv2.destroy();
  await sim.close();
});
beforeEach(() => sim.state.reset());

describe("explainSendingError on the errors SES v2 returns (simulated)", () => {
  it("names the unverified sender and the region to verify it in", async () => {
    const err = await failure(send("ops@example.org", "success@simulator.amazonses.com"));
    const x = explainSendingError(err, { from: "ops@example.org", region: "eu-west-1", sandbox: true });
    expect(x).toMatchObject({
      code: "identity-not-verified",
      region: "us-east-1",
      unverified: [{ identity: "ops@example.org", role: "sender" }],
      retryable: false,
    });
    expect(x.actions[0]).toBe("Verify the sender ops@example.org (or its domain example.org) in us-east-1.");
    expect(x.actions.at(-1)).toMatch(/SES checked us-east-1, while the dashboard works in eu-west-1/);
  });

  it("tells a sandbox user to verify the recipient or use the mailbox simulator", async () => {
    await verifiedDomain();
    const err = await failure(send("ops@example.org", "someone@example.net"));
    const x = explainSendingError(err, { from: "ops@example.org", region, sandbox: true });
    expect(x).toMatchObject({ code: "identity-not-verified", unverified: [{ identity: "someone@example.net", role: "recipient" }] });
    expect(x.actions.join(" ")).toMatch(/verify someone@example\.net in us-east-1.*success@simulator\.amazonses\.com/);
  });

  it("explains a paused account, the daily quota and the send rate", async () => {
    await verifiedDomain();
    setAccount(region, { SendingEnabled: false });
    expect(explainSendingError(await failure(send("ops@example.org", "success@simulator.amazonses.com")), { region })).toMatchObject({
      code: "sending-paused",
      title: "Sending is paused for the whole account in us-east-1.",
    });

    setAccount(region, { SendingEnabled: true, ProductionAccessEnabled: true, Max24HourSend: 1, MaxSendRate: 100 });
    await send("ops@example.org", "a@example.net");
    expect(explainSendingError(await failure(send("ops@example.org", "b@example.net")), { max24HourSend: 1 })).toMatchObject({
      code: "daily-quota-exceeded",
      retryable: true,
      title: expect.stringContaining("1 message per 24 hours"),
    });

    setAccount(region, { Max24HourSend: 1000, MaxSendRate: 1 });
    await send("ops@example.org", "c@example.net").catch(() => undefined);
    const rate = explainSendingError(await failure(send("ops@example.org", "d@example.net")), { maxSendRate: 1, sandbox: true });
    expect(rate).toMatchObject({ code: "rate-exceeded", retryable: true, title: "Sending faster than 1 recipient per second." });
  });

  it("falls back to what AWS said for anything else", () => {
    expect(explainSendingError(Object.assign(new Error("boom"), { name: "InternalFailure", $metadata: { httpStatusCode: 500 } }))).toEqual({
      code: "other",
      title: "SendEmail failed: InternalFailure (HTTP 500): boom",
      actions: [],
      retryable: false,
    });
  });
});

describe("one bounce by both routes (simulated SES and SNS)", () => {
  it("arrives twice, verifies, and normalizes to one dedupe key", async () => {
    const receiver = await startReceiver();
    const sns = new SNSClient(clientConfig(sim.url, region));
    const ses = new SESClient(clientConfig(sim.url, region));
    try {
      await verifiedDomain();
      const trusted = trustCertificatesExplicitly([[`${sim.url}/sns-cert.pem`, sim.snsCertificatePem]]);
      const { TopicArn = "" } = await sns.send(new CreateTopicCommand({ Name: "ses-feedback" }));
      await sns.send(new SubscribeCommand({ TopicArn, Protocol: "http", Endpoint: receiver.url }));
      const confirmation = JSON.parse((await receiver.next("SubscriptionConfirmation")).body) as { Token: string };
      await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: confirmation.Token }));
      await ses.send(new SetIdentityNotificationTopicCommand({ Identity: "example.org", NotificationType: "Bounce", SnsTopic: TopicArn }));
      await sesv2.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "events" }));
      await sesv2.send(
        new CreateConfigurationSetEventDestinationCommand({
          ConfigurationSetName: "events",
          EventDestinationName: "sns",
          EventDestination: { Enabled: true, MatchingEventTypes: ["BOUNCE"], SnsDestination: { TopicArn } },
        }),
      );

      const { MessageId } = await send("ops@example.org", "bounce@simulator.amazonses.com", "events");
      const events: SesEvent[] = [];
      for (let i = 0; i < 2; i++) {
        const verified = await verifySnsMessage((await receiver.next("Notification")).body, {
          trustedCertificates: trusted,
          allowedTopicArns: [TopicArn],
        });
        if (!verified.ok) throw new Error(verified.detail);
        const reading = readSesMessage(verified.message.Message);
        if (reading.type !== "event") throw new Error(JSON.stringify(reading));
        events.push(reading.event);
      }
      expect(new Set(events.map((e) => e.route))).toEqual(new Set(["identity-notification", "event-publishing"]));
      for (const e of events)
        expect(e).toMatchObject({ kind: "bounce", messageId: MessageId, bounceType: "Permanent", sourceDomain: "example.org" });
      expect(events[0]!.recipients[0]!.dedupeKey).toBe(events[1]!.recipients[0]!.dedupeKey);
    } finally {
      sns.destroy();
      ses.destroy();
      await receiver.close();
    }
  });
});
