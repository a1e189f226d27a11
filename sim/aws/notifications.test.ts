import { createVerify, X509Certificate } from "node:crypto";
import { GetIdentityNotificationAttributesCommand, SESClient, SetIdentityNotificationTopicCommand } from "@aws-sdk/client-ses";
import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  SendEmailCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import {
  ConfirmSubscriptionCommand,
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  PublishCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "./server";
import { stringToSign } from "./sns-signing";
import { clientConfig, failure, startReceiver, type Received } from "./test-helpers";

let sim: SimulatedAws;
let sns: SNSClient;
let ses: SESClient;
let sesv2: SESv2Client;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const region = "us-east-1";

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  sns = new SNSClient(clientConfig(sim.url, region));
  ses = new SESClient(clientConfig(sim.url, region));
  sesv2 = new SESv2Client(clientConfig(sim.url, region));
  receiver = await startReceiver();
});
afterAll(async () => {
  for (const c of [sns, ses, sesv2]) c.destroy();
  await receiver.close();
  await sim.close();
});
beforeEach(() => sim.state.reset());

/** What the dashboard's webhook must do: fetch the certificate named in the message and check the signature. */
async function verify(delivery: Received): Promise<Record<string, string>> {
  expect(delivery.headers["content-type"]).toBe("text/plain; charset=UTF-8");
  const msg = JSON.parse(delivery.body) as Record<string, string>;
  const certPem = await (await fetch(msg.SigningCertURL ?? "")).text();
  expect(certPem).toBe(sim.snsCertificatePem);
  expect(new X509Certificate(certPem).subject).toBe("CN=sns.simulated.local");
  const verifier = createVerify(msg.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1");
  verifier.update(stringToSign(msg), "utf8");
  expect(verifier.verify(certPem, msg.Signature ?? "", "base64")).toBe(true);
  // A tampered message must not verify.
  const tampered = createVerify(msg.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1");
  tampered.update(stringToSign({ ...msg, Message: `${msg.Message}x` }), "utf8");
  expect(tampered.verify(certPem, msg.Signature ?? "", "base64")).toBe(false);
  return msg;
}

async function subscribedTopic(name: string): Promise<string> {
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  const sub = await sns.send(new SubscribeCommand({ TopicArn, Protocol: "http", Endpoint: receiver.url }));
  expect(sub.SubscriptionArn).toBe("pending confirmation");
  const confirmation = await verify(await receiver.next("SubscriptionConfirmation"));
  await sns.send(new ConfirmSubscriptionCommand({ TopicArn, Token: confirmation.Token }));
  return TopicArn ?? "";
}

describe("SNS", () => {
  it("creates topics idempotently and runs the subscribe / confirm / publish flow with signed messages", async () => {
    const a = await sns.send(new CreateTopicCommand({ Name: "ses-feedback" }));
    const b = await sns.send(new CreateTopicCommand({ Name: "ses-feedback" }));
    expect(a.TopicArn).toBe("arn:aws:sns:us-east-1:123456789012:ses-feedback");
    expect(b.TopicArn).toBe(a.TopicArn);
    expect((await sns.send(new ListTopicsCommand({}))).Topics).toEqual([{ TopicArn: a.TopicArn }]);
    await sns.send(new SetTopicAttributesCommand({ TopicArn: a.TopicArn, AttributeName: "SignatureVersion", AttributeValue: "2" }));

    await sns.send(new SubscribeCommand({ TopicArn: a.TopicArn, Protocol: "http", Endpoint: receiver.url }));
    const confirmation = await receiver.next("SubscriptionConfirmation");
    expect(confirmation.headers["x-amz-sns-subscription-arn"]).toBeUndefined();
    const conf = await verify(confirmation);
    expect(conf).toMatchObject({ Type: "SubscriptionConfirmation", TopicArn: a.TopicArn, SignatureVersion: "2" });
    expect(conf.SubscribeURL).toContain(`Token=${conf.Token}`);

    const pending = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: a.TopicArn }));
    expect(pending.Subscriptions?.[0]).toMatchObject({ SubscriptionArn: "PendingConfirmation", Protocol: "http", Endpoint: receiver.url });

    const badToken = await failure(sns.send(new ConfirmSubscriptionCommand({ TopicArn: a.TopicArn, Token: "nope" })));
    expect(badToken.name).toBe("InvalidParameterException");
    const confirmed = await sns.send(new ConfirmSubscriptionCommand({ TopicArn: a.TopicArn, Token: conf.Token }));
    expect(confirmed.SubscriptionArn).toMatch(/^arn:aws:sns:us-east-1:123456789012:ses-feedback:/);
    const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: a.TopicArn }));
    expect(listed.Subscriptions?.[0]?.SubscriptionArn).toBe(confirmed.SubscriptionArn);

    const published = await sns.send(new PublishCommand({ TopicArn: a.TopicArn, Message: "hello\nworld", Subject: "Greeting" }));
    const delivery = await receiver.next("Notification");
    expect(delivery.headers["x-amz-sns-subscription-arn"]).toBe(confirmed.SubscriptionArn);
    const note = await verify(delivery);
    expect(note).toMatchObject({ Type: "Notification", MessageId: published.MessageId, Message: "hello\nworld", Subject: "Greeting" });

    const missing = await failure(sns.send(new PublishCommand({ TopicArn: "arn:aws:sns:us-east-1:123456789012:nope", Message: "x" })));
    expect(missing.name).toBe("NotFoundException");
    expect(missing.$metadata?.httpStatusCode).toBe(404);
  });
});

describe("mailbox simulator", () => {
  async function verifiedSender() {
    await sesv2.send(new CreateEmailIdentityCommand({ EmailIdentity: "example.org" }));
    setIdentityStatus(region, "example.org", { dkim: "SUCCESS" });
    setAccount(region, { MaxSendRate: 50 });
  }

  it("delivers a signed Bounce notification to the identity's bounce topic", async () => {
    await verifiedSender();
    const topic = await subscribedTopic("ses-bounces");
    await ses.send(new SetIdentityNotificationTopicCommand({ Identity: "example.org", NotificationType: "Bounce", SnsTopic: topic }));
    await ses.send(new SetIdentityNotificationTopicCommand({ Identity: "example.org", NotificationType: "Complaint", SnsTopic: topic }));
    const attrs = await ses.send(new GetIdentityNotificationAttributesCommand({ Identities: ["example.org"] }));
    expect(attrs.NotificationAttributes?.["example.org"]).toMatchObject({
      BounceTopic: topic,
      ComplaintTopic: topic,
      ForwardingEnabled: true,
    });
    expect(attrs.NotificationAttributes?.["example.org"]?.DeliveryTopic).toBeUndefined();

    const sent = await sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: "ops@example.org",
        Destination: { ToAddresses: ["bounce@simulator.amazonses.com"] },
        Content: { Simple: { Subject: { Data: "t" }, Body: { Text: { Data: "b" } } } },
      }),
    );
    const msg = await verify(await receiver.next("Notification"));
    expect(msg.TopicArn).toBe(topic);
    const ses_ = JSON.parse(msg.Message ?? "{}") as {
      notificationType: string;
      bounce: Record<string, unknown>;
      mail: Record<string, unknown>;
    };
    expect(ses_.notificationType).toBe("Bounce");
    expect(ses_.bounce).toMatchObject({
      bounceType: "Permanent",
      bounceSubType: "General",
      bouncedRecipients: [{ emailAddress: "bounce@simulator.amazonses.com", status: "5.1.1" }],
    });
    expect(ses_.mail).toMatchObject({
      messageId: sent.MessageId,
      source: "ops@example.org",
      sendingAccountId: "123456789012",
      destination: ["bounce@simulator.amazonses.com"],
    });

    // suppressionlist@ bounces as Permanent/Suppressed; complaint@ produces a complaint; success@ has no delivery topic, so nothing.
    const send = (to: string) =>
      sesv2.send(
        new SendEmailCommand({
          FromEmailAddress: "ops@example.org",
          Destination: { ToAddresses: [to] },
          Content: { Simple: { Subject: { Data: "t" }, Body: { Text: { Data: "b" } } } },
        }),
      );
    await send("suppressionlist@simulator.amazonses.com");
    const suppressed = JSON.parse((await verify(await receiver.next("Notification"))).Message ?? "{}") as {
      bounce: { bounceSubType: string };
    };
    expect(suppressed.bounce.bounceSubType).toBe("Suppressed");
    await send("complaint@simulator.amazonses.com");
    const complaint = JSON.parse((await verify(await receiver.next("Notification"))).Message ?? "{}") as {
      notificationType: string;
      complaint: { complaintFeedbackType: string };
    };
    expect(complaint.notificationType).toBe("Complaint");
    expect(complaint.complaint.complaintFeedbackType).toBe("abuse");
  });

  it("publishes eventType records to a configuration set's SNS destination", async () => {
    await verifiedSender();
    const topic = await subscribedTopic("ses-events");
    await sesv2.send(new CreateConfigurationSetCommand({ ConfigurationSetName: "events" }));
    await sesv2.send(
      new CreateConfigurationSetEventDestinationCommand({
        ConfigurationSetName: "events",
        EventDestinationName: "sns",
        EventDestination: { Enabled: true, MatchingEventTypes: ["DELIVERY"], SnsDestination: { TopicArn: topic } },
      }),
    );
    await sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: "ops@example.org",
        Destination: { ToAddresses: ["success@simulator.amazonses.com"] },
        ConfigurationSetName: "events",
        EmailTags: [{ Name: "campaign", Value: "welcome" }],
        Content: { Simple: { Subject: { Data: "t" }, Body: { Text: { Data: "b" } } } },
      }),
    );
    const event = JSON.parse((await verify(await receiver.next("Notification"))).Message ?? "{}") as {
      eventType: string;
      delivery: { recipients: string[] };
      mail: { tags: Record<string, string[]> };
    };
    expect(event.eventType).toBe("Delivery");
    expect(event.delivery.recipients).toEqual(["success@simulator.amazonses.com"]);
    expect(event.mail.tags).toMatchObject({ "ses:configuration-set": ["events"], campaign: ["welcome"] });
  });
});
