import { GetIdentityNotificationAttributesCommand, SESClient, SetIdentityNotificationTopicCommand } from "@aws-sdk/client-ses";
import {
  CreateEmailIdentityCommand,
  GetSuppressedDestinationCommand,
  PutSuppressedDestinationCommand,
  SendEmailCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import { ListSubscriptionsByTopicCommand, PublishCommand, SNSClient, UnsubscribeCommand } from "@aws-sdk/client-sns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/sns/route";
import { setAccount, setIdentityStatus, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig } from "../../sim/aws/test-helpers";
import { useTestDatabase } from "../../test/use-test-database";
import { forgetAccountMode } from "../bounces/account-mode";
import { drainProcessing } from "../bounces/processing-queue";
import { reconcileSuppressions, removeSuppression } from "../bounces/reconcile-suppressions";
import { sesNotificationPayload } from "../../test/make-test-notifications";
import { serveRequestHandler } from "../sns/serve-request-handler";
import { setUpNotifications } from "./notification-setup";
import { readNotificationSetup } from "./read-notification-setup";

/*
 * Demo-mode wiring, end to end: the simulated SNS delivers over http to the real route handler, which trusts the
 * simulator's certificate only because LAUNCHPAD_DEMO=1 and AWS_ENDPOINT_URL point at it.
 */
const region = "us-east-1";
const identity = "example.org";
let sim: SimulatedAws;
let hook: Awaited<ReturnType<typeof serveRequestHandler>>;
let endpoint: string;
let ses: SESv2Client;
const ref = useTestDatabase("sqlite");

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0 });
  Object.assign(process.env, {
    LAUNCHPAD_DEMO: "1",
    AWS_ENDPOINT_URL: sim.url,
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "test",
  });
  hook = await serveRequestHandler(POST);
  endpoint = `${hook.url}/api/sns`;
  ses = new SESv2Client(clientConfig(sim.url, region));
  await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: identity }));
  setIdentityStatus(region, identity, { dkim: "SUCCESS" });
  setAccount(region, { MaxSendRate: 100 });
});
afterAll(async () => {
  ses.destroy();
  await hook.close();
  await sim.close();
});

const send = async (to: string, configurationSet?: string) =>
  (
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: `ops@${identity}`,
        Destination: { ToAddresses: [to] },
        ConfigurationSetName: configurationSet,
        Content: { Simple: { Subject: { Data: "t" }, Body: { Text: { Data: "b" } } } },
      }),
    )
  ).MessageId!;

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    await drainProcessing();
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("one-click set-up against the simulated AWS", () => {
  it("creates topics, routes the identity, subscribes and confirms the webhook; a bounce and a complaint arrive and suppress", async () => {
    const state = await setUpNotifications({
      region,
      identity,
      mode: "identity-topics",
      endpoint,
      adminEmail: "ops@example.org",
      waitMs: 5_000,
    });
    expect(state.complete).toBe(true);
    expect(state.routes).toEqual(["identity-topics"]);
    expect(state.pieces.filter((p) => !p.ok).map((p) => p.id)).toEqual(["route:configuration-set", "email:bounce", "email:complaint"]);
    expect(await ref.db!.allowedTopic.count()).toBe(2);

    const bounceId = await send("bounce@simulator.amazonses.com");
    const bounce = await eventually(() => ref.db!.mailEvent.findFirst({ where: { sesMessageId: bounceId, kind: "bounce" } }), Boolean);
    expect(bounce).toMatchObject({ recipient: "bounce@simulator.amazonses.com", bounceType: "Permanent", route: "identity-notification" });
    expect(await ref.db!.suppression.findUnique({ where: { address: "bounce@simulator.amazonses.com" } })).toMatchObject({
      reason: "hard-bounce",
    });

    const complaintId = await send("complaint@simulator.amazonses.com");
    const complaint = await eventually(
      () => ref.db!.mailEvent.findFirst({ where: { sesMessageId: complaintId, kind: "complaint" } }),
      Boolean,
    );
    expect(complaint).toMatchObject({ complaintFeedbackType: "abuse" });
    expect(await ref.db!.suppression.findUnique({ where: { address: "complaint@simulator.amazonses.com" } })).toMatchObject({
      reason: "complaint",
    });
  });

  it("repairs drift: a cleared identity topic and a removed subscription come back on the next run", async () => {
    const sns = new SNSClient(clientConfig(sim.url, region));
    const v1 = new SESClient(clientConfig(sim.url, region));
    try {
      const before = await readNotificationSetup(region, identity, endpoint);
      await v1.send(new SetIdentityNotificationTopicCommand({ Identity: identity, NotificationType: "Complaint" }));
      const subs = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: before.topics.bounce! }));
      await sns.send(
        new UnsubscribeCommand({ SubscriptionArn: subs.Subscriptions!.find((s) => s.Endpoint === endpoint)!.SubscriptionArn! }),
      );
      const drifted = await readNotificationSetup(region, identity, endpoint);
      expect(drifted.complete).toBe(false);
      expect(drifted.pieces.filter((p) => !p.ok).map((p) => p.id)).toEqual(
        expect.arrayContaining(["route:identity-topics", "subscription:bounce"]),
      );

      const repaired = await setUpNotifications({ region, identity, mode: "identity-topics", endpoint, waitMs: 5_000 });
      expect(repaired.complete).toBe(true);
      expect(repaired.topics).toEqual(before.topics);
      const attrs = await v1.send(new GetIdentityNotificationAttributesCommand({ Identities: [identity] }));
      expect(attrs.NotificationAttributes?.[identity]?.ComplaintTopic).toBe(before.topics.complaint);
    } finally {
      sns.destroy();
      v1.destroy();
    }
  });

  it("routes through a configuration set instead and counts a bounce arriving by both routes once", async () => {
    const state = await setUpNotifications({ region, identity, mode: "configuration-set", endpoint, waitMs: 5_000 });
    expect(state.routes).toEqual(["identity-topics", "configuration-set"]);
    // A +label keeps the simulator's behaviour and makes a fresh address.
    const id = await send("bounce+both@simulator.amazonses.com");
    const rows = await eventually(
      () => ref.db!.snsMessage.findMany({ where: { body: { contains: id } } }),
      (r) => r.length >= 2 && r.every((m) => m.status === "processed"),
    );
    expect(rows.map((r) => r.status)).toEqual(["processed", "processed"]);
    expect(await ref.db!.mailEvent.count({ where: { sesMessageId: id, kind: "bounce" } })).toBe(1);
    // Simulator addresses must keep working for tests: never pushed to SES's list.
    expect(await ref.db!.suppression.findUnique({ where: { address: "bounce+both@simulator.amazonses.com" } })).toMatchObject({
      pushedToSesAt: null,
      pushError: null,
    });
  });

  it("copies a suppression to SES's account list only once the latest reading says the account left the sandbox", async () => {
    const sns = new SNSClient(clientConfig(sim.url, region));
    try {
      const { topics } = await readNotificationSetup(region, identity, endpoint);
      const bounceOf = async (address: string) => {
        await sns.send(new PublishCommand({ TopicArn: topics.bounce!, Message: sesNotificationPayload("Bounce", address) }));
        return eventually(() => ref.db!.suppression.findUnique({ where: { address } }), Boolean);
      };
      expect(await bounceOf("sandboxed@example.net")).toMatchObject({ reason: "hard-bounce", pushedToSesAt: null });

      setAccount(region, { ProductionAccessEnabled: true });
      await ref.db!.accountSnapshot.create({ data: { region, ok: true, production: true } });
      forgetAccountMode();
      expect(await bounceOf("gone@example.net")).toMatchObject({ reason: "hard-bounce", pushedToSesAt: expect.any(Date), pushError: null });
      expect(await ses.send(new GetSuppressedDestinationCommand({ EmailAddress: "gone@example.net" }))).toMatchObject({
        SuppressedDestination: { Reason: "BOUNCE" },
      });

      // Reconciled both ways: only the sandbox-era address is missing from SES (simulator addresses are never copied).
      await ses.send(new PutSuppressedDestinationCommand({ EmailAddress: "manual@example.net", Reason: "COMPLAINT" }));
      expect(await reconcileSuppressions(region)).toEqual({
        onlyHere: ["sandboxed@example.net"],
        onlyInSes: ["manual@example.net"],
        inBoth: 1,
      });
      // Removing a copied address takes it off SES's list too.
      expect(await removeSuppression(region, "gone@example.net")).toEqual({ removed: true, fromSes: true });
      await expect(ses.send(new GetSuppressedDestinationCommand({ EmailAddress: "gone@example.net" }))).rejects.toMatchObject({
        name: "NotFoundException",
      });
      expect(await removeSuppression(region, "gone@example.net")).toEqual({ removed: false, fromSes: false });
    } finally {
      sns.destroy();
    }
  });
});
