import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/sns/route";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { forgetAllowedTopics } from "../bounces/allowed-topics";
import { drainProcessing, sweepUnprocessed } from "../bounces/processing-queue";
import { makeTestNotifications, sesNotificationPayload } from "../../test/make-test-notifications";
import { trustCertificatesForThisProcess } from "./webhook-trust";

const n = makeTestNotifications();
beforeAll(() => trustCertificatesForThisProcess(n.trustedCertificates));
afterAll(() => trustCertificatesForThisProcess(undefined));

const post = (body: string) =>
  POST(new Request("http://localhost/api/sns", { method: "POST", body, headers: { "content-type": "text/plain; charset=UTF-8" } }));
const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.net`;

function sesBounce(
  address: string,
  bounceType: "Permanent" | "Transient",
  subType: string,
  at: Date,
  recipient: Record<string, string> = { status: "4.2.2", diagnosticCode: "smtp; 452 4.2.2 mailbox full" },
) {
  const ts = at.toISOString();
  return JSON.stringify({
    notificationType: "Bounce",
    bounce: {
      bounceType,
      bounceSubType: subType,
      bouncedRecipients: [{ emailAddress: address, ...recipient }],
      timestamp: ts,
      feedbackId: randomUUID(),
    },
    mail: {
      timestamp: ts,
      messageId: `0100${randomUUID()}`,
      source: "ops@example.org",
      sourceArn: "arn:aws:ses:us-east-1:111122223333:identity/example.org",
      destination: [address],
    },
  });
}

for (const kind of databaseKinds()) {
  describe(`POST /api/sns on ${kind}`, () => {
    const ref = useTestDatabase(kind);
    const d = () => ref.db!;
    beforeAll(async () => {
      await d().allowedTopic.create({ data: { topicArn: n.topicArn, region: n.region, purpose: "bounce" } });
      forgetAllowedTopics();
    });

    it("stores a valid bounce once, answers 200, and suppresses the address", async () => {
      const address = unique("hard");
      const body = JSON.stringify(n.notification({ message: sesNotificationPayload("Bounce", address) }));
      const first = await post(body);
      expect([first.status, await first.text()]).toEqual([200, "stored"]);
      const again = await post(body);
      expect([again.status, await again.text()]).toEqual([200, "duplicate"]);
      await drainProcessing();
      const messageId = (JSON.parse(body) as { MessageId: string }).MessageId;
      expect(await d().snsMessage.findMany({ where: { messageId } })).toMatchObject([{ status: "processed", type: "Notification" }]);
      expect(await d().mailEvent.findMany({ where: { recipient: address } })).toMatchObject([
        { kind: "bounce", bounceType: "Permanent", recipientDomain: "example.net", region: "us-east-1" },
      ]);
      expect(await d().suppression.findUnique({ where: { address } })).toMatchObject({ reason: "hard-bounce", pushedToSesAt: null });
    });

    it("stores a message once when SNS delivers it ten times at once", async () => {
      const env = n.notification({ message: sesNotificationPayload("Bounce", unique("concurrent")) });
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => post(JSON.stringify(env)).then(async (r) => [r.status, await r.text()])),
      );
      expect(answers.every(([s]) => s === 200)).toBe(true);
      expect(answers.filter(([, t]) => t === "stored")).toHaveLength(1);
      await drainProcessing();
      expect(await d().snsMessage.count({ where: { messageId: env.MessageId } })).toBe(1);
      expect(await d().mailEvent.count({ where: { snsMessageId: env.MessageId } })).toBe(1);
    });

    it("refuses bad signatures (403), malformed bodies (400), foreign topics and replays (403), storing nothing", async () => {
      const before = await d().snsMessage.count();
      for (let v = 0; v < 3; v++) expect((await post(JSON.stringify(n.badSignature(v)))).status).toBe(403);
      for (let v = 0; v < 8; v++) expect((await post(n.malformedBody(v))).status).toBe(400);
      const foreign = n.notification({ topicArn: "arn:aws:sns:us-east-1:111122223333:someone-else" });
      expect([(await post(JSON.stringify(foreign))).status]).toEqual([403]);
      const replay = n.notification({ timestamp: new Date(Date.now() - 2 * 3_600_000) });
      expect((await post(JSON.stringify(replay))).status).toBe(403);
      expect(await d().snsMessage.count()).toBe(before);
    });

    it("suppresses after the third soft bounce within the window, not counting older ones or auto-replies", async () => {
      const address = unique("soft");
      const day = 86_400_000;
      const now = Date.now();
      const send = async (message: string) => {
        expect((await post(JSON.stringify(n.notification({ message })))).status).toBe(200);
        await drainProcessing();
      };
      await send(sesBounce(address, "Transient", "MailboxFull", new Date(now - 10 * day)));
      await send(sesBounce(address, "Transient", "General", new Date(now - 3 * day), {}));
      await send(sesBounce(address, "Transient", "MailboxFull", new Date(now - 2 * day)));
      await send(sesBounce(address, "Transient", "MailboxFull", new Date(now - day)));
      expect(await d().suppression.findUnique({ where: { address } })).toBeNull();
      await send(sesBounce(address, "Transient", "MailboxFull", new Date(now)));
      expect(await d().mailEvent.count({ where: { recipient: address } })).toBe(5);
      expect(await d().suppression.findUnique({ where: { address } })).toMatchObject({
        reason: "soft-bounce-limit",
        detail: expect.stringMatching(/^3 soft bounces within 7 days/),
      });
    });

    it("suppresses a complaint at once and flags it for investigation within 24 hours", async () => {
      const address = unique("complaint");
      expect((await post(JSON.stringify(n.notification({ message: sesNotificationPayload("Complaint", address) })))).status).toBe(200);
      await drainProcessing();
      const row = await d().suppression.findUnique({ where: { address } });
      expect(row).toMatchObject({ reason: "complaint" });
      expect(row!.investigateBy!.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
      expect(await d().mailEvent.findFirst({ where: { recipient: address } })).toMatchObject({
        kind: "complaint",
        complaintFeedbackType: "abuse",
      });
    });

    it("counts a bounce delivered by both routes once", async () => {
      const address = unique("two-routes");
      const v1 = JSON.parse(sesBounce(address, "Permanent", "General", new Date())) as Record<string, unknown>;
      const { notificationType, ...rest } = v1;
      const v2 = { eventType: notificationType, ...rest };
      for (const m of [v1, v2]) expect((await post(JSON.stringify(n.notification({ message: JSON.stringify(m) })))).status).toBe(200);
      await drainProcessing();
      expect(await d().mailEvent.findMany({ where: { recipient: address } })).toMatchObject([{ route: "identity-notification" }]);
    });

    it("accepts SES set-up messages and leaves a delivery unsuppressed", async () => {
      const setup = n.notification({ message: "Successfully validated SNS topic for Amazon SES event publishing." });
      const delivery = n.notification({ message: sesNotificationPayload("Delivery", unique("ok")) });
      for (const e of [setup, delivery]) expect((await post(JSON.stringify(e))).status).toBe(200);
      await drainProcessing();
      expect(await d().snsMessage.findUnique({ where: { messageId: setup.MessageId } })).toMatchObject({
        status: "processed",
        error: expect.stringMatching(/^SES set-up message/),
      });
      const ev = await d().mailEvent.findFirst({ where: { snsMessageId: delivery.MessageId } });
      expect(ev).toMatchObject({ kind: "delivery" });
      expect(await d().suppression.findUnique({ where: { address: ev!.recipient } })).toBeNull();
    });

    it("processes a message left unprocessed (a stopped server) on the next sweep", async () => {
      const address = unique("left-over");
      const env = n.notification({ message: sesNotificationPayload("Bounce", address) });
      await d().snsMessage.create({
        data: {
          messageId: env.MessageId!,
          topicArn: env.TopicArn!,
          type: "Notification",
          body: JSON.stringify(env),
          receivedAt: new Date(Date.now() - 60_000),
        },
      });
      await d().snsMessage.create({
        data: {
          messageId: `${env.MessageId}-stale`,
          topicArn: env.TopicArn!,
          type: "Notification",
          body: JSON.stringify({ ...env, MessageId: `${env.MessageId}-stale` }),
          status: "processing",
          processedAt: new Date(Date.now() - 3_600_000),
        },
      });
      expect(await sweepUnprocessed()).toBeGreaterThanOrEqual(2);
      await drainProcessing();
      expect(await d().snsMessage.findMany({ where: { messageId: { startsWith: env.MessageId } }, select: { status: true } })).toEqual([
        { status: "processed" },
        { status: "processed" },
      ]);
      expect(await d().mailEvent.count({ where: { recipient: address } })).toBe(1);
    });
  });
}
