import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from "@aws-sdk/client-sns";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig, startReceiver } from "../../sim/aws/test-helpers";
import { confirmSubscription } from "./confirm-subscription";
import { loadSimulatorCertificates } from "./load-simulator-certificates";
import type { SnsSubscriptionConfirmation } from "./parse-sns-body";
import type { TrustedCertificates } from "./trusted-certificates";
import { verifySnsMessage } from "./verify-message";

describe("subscription confirmation against the simulated AWS", () => {
  let sim: SimulatedAws;
  let admin: SNSClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let trusted: TrustedCertificates;

  beforeAll(async () => {
    sim = await startSimulatedAws({ port: 0 });
    // The SDK's standard variables: lib/aws/clients.ts takes the same path as against AWS.
    Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
    admin = new SNSClient(clientConfig(sim.url));
    receiver = await startReceiver();
    trusted = await loadSimulatorCertificates(sim.url);
  });
  afterAll(async () => {
    admin.destroy();
    await receiver.close();
    await sim.close();
  });
  beforeEach(() => sim.state.reset());

  async function pendingConfirmation(name: string, signatureVersion: "1" | "2") {
    const { TopicArn = "" } = await admin.send(new CreateTopicCommand({ Name: name }));
    await admin.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: "SignatureVersion", AttributeValue: signatureVersion }));
    await admin.send(new SubscribeCommand({ TopicArn, Protocol: "http", Endpoint: receiver.url }));
    const delivery = await receiver.next("SubscriptionConfirmation");
    const verified = await verifySnsMessage(delivery.body, { trustedCertificates: trusted });
    if (!verified.ok || verified.message.Type !== "SubscriptionConfirmation") throw new Error(`not verified: ${JSON.stringify(verified)}`);
    return { topicArn: TopicArn, message: verified.message as SnsSubscriptionConfirmation, raw: delivery.body };
  }
  const subscriptionState = async (topicArn: string) =>
    (await admin.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }))).Subscriptions?.[0]?.SubscriptionArn;

  it("confirms an allowed topic with ConfirmSubscription, after which signed notifications arrive and verify", async () => {
    const { topicArn, message } = await pendingConfirmation("ses-bounces", "2");
    expect(await subscriptionState(topicArn)).toBe("PendingConfirmation");
    const confirmed = await confirmSubscription(message, [topicArn]);
    expect(confirmed).toEqual({ ok: true, subscriptionArn: expect.stringMatching(new RegExp(`^${topicArn}:`)) });
    expect(await subscriptionState(topicArn)).toBe(confirmed.ok && confirmed.subscriptionArn);

    await admin.send(
      new PublishCommand({ TopicArn: topicArn, Message: "Successfully validated SNS topic for Amazon SES event publishing." }),
    );
    const note = await verifySnsMessage((await receiver.next("Notification")).body, {
      trustedCertificates: trusted,
      allowedTopicArns: [topicArn],
    });
    expect(note).toMatchObject({ ok: true, message: { Type: "Notification", TopicArn: topicArn, SignatureVersion: "2" } });
  });

  it("leaves a topic outside the allow-list unconfirmed, without calling AWS", async () => {
    const { topicArn, message } = await pendingConfirmation("someone-elses-topic", "1");
    const r = await confirmSubscription(message, ["arn:aws:sns:us-east-1:123456789012:ses-bounces"]);
    expect(r).toMatchObject({ ok: false, reason: "topic-not-allowed" });
    expect(await subscriptionState(topicArn)).toBe("PendingConfirmation");
  });

  it("reports what AWS said when the token is refused", async () => {
    const { topicArn, message } = await pendingConfirmation("ses-complaints", "1");
    const r = await confirmSubscription({ ...message, Token: "forged" }, [topicArn]);
    expect(r).toMatchObject({
      ok: false,
      reason: "aws-error",
      detail: expect.stringMatching(/ConfirmSubscription failed: InvalidParameterException/),
    });
    expect(await subscriptionState(topicArn)).toBe("PendingConfirmation");
  });

  it("refuses the simulator's http certificate unless it was trusted explicitly", async () => {
    const { raw } = await pendingConfirmation("ses-bounces", "2");
    expect(await verifySnsMessage(raw)).toMatchObject({
      ok: false,
      reason: "certificate-url-refused",
      detail: expect.stringMatching(/not https/),
    });
  });
});
