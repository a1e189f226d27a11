import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getEventFacts } from "./event-facts";

for (const kind of databaseKinds()) {
  describe(`getEventFacts on ${kind}`, () => {
    const ref = useTestDatabase(kind);
    it("reports the region's latest notification, successful test send and simulator bounce and complaint", async () => {
      const d = ref.db!;
      expect(await getEventFacts("us-east-1")).toEqual({});
      const t = (m: number) => new Date(Date.UTC(2026, 10, 1, 12, m));
      await d.snsMessage.create({ data: { messageId: "m1", topicArn: "arn:aws:sns:us-east-1:123456789012:b", type: "Notification", body: "{}", receivedAt: t(1) } });
      await d.snsMessage.create({ data: { messageId: "m2", topicArn: "arn:aws:sns:eu-west-1:123456789012:b", type: "Notification", body: "{}", receivedAt: t(9) } });
      await d.testSend.create({ data: { region: "us-east-1", fromAddress: "a@x.org", toAddress: "success@simulator.amazonses.com", status: "sent", createdAt: t(2) } });
      await d.testSend.create({ data: { region: "us-east-1", fromAddress: "a@x.org", toAddress: "b@y.org", status: "failed", createdAt: t(8) } });
      const ev = (key: string, kind: string, recipient: string, region: string, m: number) =>
        d.mailEvent.create({ data: { dedupeKey: key, sesMessageId: key, kind, route: "identity-notification", region, occurredAt: t(m), receivedAt: t(m), recipient, recipientDomain: recipient.split("@")[1]! } });
      await ev("k1", "bounce", "bounce@simulator.amazonses.com", "us-east-1", 3);
      await ev("k2", "bounce", "real@example.net", "us-east-1", 7);
      await ev("k3", "complaint", "complaint@simulator.amazonses.com", "eu-west-1", 4);
      expect(await getEventFacts("us-east-1")).toEqual({ lastReceivedAt: t(1).toISOString(), testSendSucceededAt: t(2).toISOString(), simulatorBounceSeenAt: t(3).toISOString(), simulatorComplaintSeenAt: undefined });
      expect((await getEventFacts("eu-west-1")).simulatorComplaintSeenAt).toBe(t(4).toISOString());
    });
  });
}
