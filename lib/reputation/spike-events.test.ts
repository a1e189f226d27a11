import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { readSpikeEvents } from "./spike-events";

describe.each(databaseKinds())("readSpikeEvents (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("lists the peak hour's real recipients, never mailbox-simulator messages", async () => {
    const peak = Date.UTC(2026, 10, 1, 12);
    const event = (key: string, recipient: string, minutes: number, region: string | null = "us-east-1") =>
      store.db!.mailEvent.create({
        data: {
          dedupeKey: key,
          sesMessageId: key,
          kind: "bounce",
          route: "identity-notification",
          region,
          occurredAt: new Date(peak + minutes * 60_000),
          recipient,
          recipientDomain: recipient.split("@")[1]!,
          bounceType: "Permanent",
          bounceSubType: "General",
        },
      });
    await event("sim", "bounce@simulator.amazonses.com", 5);
    await event("sim-label", "bounce+run1@simulator.amazonses.com", 6);
    await event("real", "gone@example.net", 10);
    await event("no-region", "old@example.org", 20, null);
    await event("later", "late@example.net", 75);

    const { total, events } = await readSpikeEvents("us-east-1", "bounce", peak, 300_000);
    expect(total).toBe(2);
    expect(events.map((e) => e.recipient)).toEqual(["gone@example.net", "old@example.org"]);
  });
});
