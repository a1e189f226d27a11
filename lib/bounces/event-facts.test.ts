import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { getEventFacts } from "./event-facts";

const ACCOUNT = "123456789012";
const topic = (region: string, account = ACCOUNT) => `arn:aws:sns:${region}:${account}:launchpad-bounces`;

for (const kind of databaseKinds()) {
  describe(`getEventFacts on ${kind}`, () => {
    const ref = useTestDatabase(kind);
    const t = (m: number) => new Date(Date.UTC(2026, 10, 1, 12, m));

    /** One SNS message and, when it carried an SES event, the event recorded from it. */
    async function notification(
      id: string,
      o: { region?: string; account?: string; status?: string; type?: string; event?: { kind: string; recipient: string }; m: number },
    ) {
      const region = o.region ?? "us-east-1";
      const d = ref.db!;
      await d.snsMessage.create({
        data: {
          messageId: id,
          topicArn: topic(region, o.account),
          type: o.type ?? "Notification",
          body: "{}",
          status: o.status ?? "processed",
          receivedAt: t(o.m),
          processedAt: t(o.m),
        },
      });
      if (o.event) {
        const { kind: k, recipient } = o.event;
        await d.mailEvent.create({
          data: {
            dedupeKey: `${id}-k`,
            sesMessageId: `ses-${id}`,
            kind: k,
            route: "identity-notification",
            region,
            occurredAt: t(o.m),
            receivedAt: t(o.m),
            recipient,
            recipientDomain: recipient.split("@")[1]!,
            snsMessageId: id,
          },
        });
      }
    }

    it("cites only events whose notification was processed, in the account's topics of the region", async () => {
      const scope = { region: "us-east-1", awsAccountId: ACCOUNT };
      expect(await getEventFacts(scope)).toEqual({});
      await notification("confirm", { type: "SubscriptionConfirmation", m: 1 });
      await notification("failed-bounce", {
        status: "failed",
        event: { kind: "bounce", recipient: "bounce@simulator.amazonses.com" },
        m: 2,
      });
      await notification("other-account", {
        account: "210987654321",
        event: { kind: "complaint", recipient: "complaint@simulator.amazonses.com" },
        m: 3,
      });
      await notification("other-region", {
        region: "eu-west-1",
        event: { kind: "bounce", recipient: "bounce@simulator.amazonses.com" },
        m: 4,
      });
      await ref.db!.testSend.create({
        data: {
          region: "us-east-1",
          fromAddress: "a@x.org",
          toAddress: "success@simulator.amazonses.com",
          status: "sent",
          createdAt: t(5),
        },
      });

      // Traffic, yet no proof: a confirmation, a failed processing, another account's topic, another region.
      const quiet = await getEventFacts(scope);
      expect(quiet).toEqual({ lastReceivedAt: t(2).toISOString(), testSendSucceededAt: t(5).toISOString() });

      await notification("b1", { event: { kind: "bounce", recipient: "bounce@simulator.amazonses.com" }, m: 6 });
      await notification("c1", { event: { kind: "complaint", recipient: "real@example.net" }, m: 7 });
      await notification("d1", { event: { kind: "delivery", recipient: "success@simulator.amazonses.com" }, m: 8 });
      await notification("d2", { event: { kind: "delivery", recipient: "friend@example.net" }, m: 9 });
      await notification("d3", { event: { kind: "delivery", recipient: "friend@example.net" }, m: 10 });
      await notification("d4", { event: { kind: "delivery", recipient: "ops@example.com" }, m: 11 });

      const facts = await getEventFacts(scope);
      expect(facts.bounce).toEqual({
        kind: "bounce",
        recipient: "bounce@simulator.amazonses.com",
        sesMessageId: "ses-b1",
        snsMessageId: "b1",
        topicArn: topic("us-east-1"),
        at: t(6).toISOString(),
      });
      expect(facts.simulatorBounce?.snsMessageId).toBe("b1");
      expect(facts.complaint?.snsMessageId).toBe("c1");
      expect(facts.simulatorComplaint).toBeUndefined();
      expect(facts.anyDelivery?.snsMessageId).toBe("d4");
      expect(facts.realDeliveries?.map((d) => [d.recipient, d.snsMessageId])).toEqual([
        ["ops@example.com", "d4"],
        ["friend@example.net", "d3"],
      ]);

      // Without the account number (STS unreadable), every account's topics of the region count.
      expect((await getEventFacts({ region: "us-east-1" })).simulatorComplaint?.snsMessageId).toBe("other-account");
      expect((await getEventFacts({ region: "eu-west-1", awsAccountId: ACCOUNT })).bounce?.snsMessageId).toBe("other-region");
    });
  });
}
