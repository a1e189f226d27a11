import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { readReputationChart } from "./chart-data";
import { readOwnRates } from "./own-rates-query";
import { readSpikeEvents } from "./spike-events";

const H = 3_600_000;
const NOW = new Date("2026-11-20T12:02:00Z");
const at = (hoursAgo: number) => new Date(Date.UTC(2026, 10, 20, 12) - hoursAgo * H);

describe.each(databaseKinds())("reputation reads from the database (%s)", (kind) => {
  const store = useTestDatabase(kind);
  let n = 0;
  const event = (kind: string, recipient: string, occurredAt: Date, extra: Record<string, string> = {}) => ({
    dedupeKey: `k${++n}`,
    sesMessageId: `m${n}`,
    kind,
    route: "event",
    region: "us-east-1",
    occurredAt,
    recipient,
    recipientDomain: recipient.split("@")[1]!,
    ...extra,
  });

  it("buckets 5-minute and hourly rows alike, with gaps where nothing was stored", async () => {
    await store.db!.reputationSample.createMany({
      data: [
        { region: "us-east-1", period: 300, at: at(2), bounceRate: 0.02, send: 10 },
        { region: "us-east-1", period: 300, at: new Date(at(2).getTime() + 300_000), bounceRate: 0.04, send: 5 },
        { region: "us-east-1", period: 3600, at: at(20 * 24), bounceRate: 0.07, send: 100 },
        { region: "eu-west-1", period: 300, at: at(2), bounceRate: 0.9, send: 1 },
      ],
    });
    const day = await readReputationChart("us-east-1", "24h", NOW);
    expect(day.bucketMs).toBe(300_000);
    expect(day.points.length).toBeLessThanOrEqual(290);
    expect(day.points.filter((p) => p.send !== null).map((p) => [p.t, p.send, p.bounceRate])).toEqual([
      [at(2).getTime(), 10, 0.02],
      [at(2).getTime() + 300_000, 5, 0.04],
    ]);
    const month = await readReputationChart("us-east-1", "30d", NOW);
    const filled = month.points.filter((p) => p.send !== null);
    expect(filled.map((p) => p.send)).toEqual([100, 15]);
    expect(filled[1]!.bounceRate).toBeCloseTo(0.03, 12);
    expect(filled[1]!.bounceRateMax).toBe(0.04);
    expect(month.points.length).toBeLessThanOrEqual(1000);
    expect((await readReputationChart("us-east-1", "1y", NOW)).points.length).toBeLessThanOrEqual(1000);
  });

  it("counts the dashboard's own rates as SES does and lists the events of a spike's hour", async () => {
    await store.db!.mailEvent.createMany({
      data: [
        ...Array.from({ length: 8 }, (_, i) => event("delivery", `user${i}@example.net`, at(1))),
        event("bounce", "gone@example.net", at(1), {
          bounceType: "Permanent",
          bounceSubType: "General",
          diagnostic: "550 5.1.1 user unknown",
        }),
        event("bounce", "full@example.net", at(1), { bounceType: "Transient", bounceSubType: "MailboxFull" }),
        event("bounce", "bounce@simulator.amazonses.com", at(1), { bounceType: "Permanent", bounceSubType: "General" }),
        event("complaint", "angry@example.net", at(1), { complaintFeedbackType: "abuse" }),
        event("bounce", "old@example.net", at(30), { bounceType: "Permanent", bounceSubType: "General" }),
      ],
    });
    const own = await readOwnRates("us-east-1", NOW);
    // 8 deliveries + 2 non-simulator bounces stand for 10 sends; only the hard bounce counts.
    expect(own).toMatchObject({
      volume: 10,
      bounceRate: 0.1,
      complaintRate: 0.1,
      sendsFrom: "deliveries-and-bounces",
      bounceStatus: "not-enough-volume",
    });
    const spike = await readSpikeEvents("us-east-1", "bounce", at(1).getTime(), H);
    // The simulator's bounce is a test, left out as the page says.
    expect(spike.total).toBe(2);
    expect(spike.events.map((e) => e.recipient).sort()).toEqual(["full@example.net", "gone@example.net"]);
    expect((await readSpikeEvents("us-east-1", "complaint", at(1).getTime(), H)).events).toMatchObject([
      { recipient: "angry@example.net", feedbackType: "abuse" },
    ]);
  });
});
