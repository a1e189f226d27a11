import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { FROM_ADDRESS_KEY } from "../settings/from-address";
import { saveAlertSettings } from "./alert-channels";
import { acknowledgeAlert, listAlerts } from "./alert-list";
import { runAlerts } from "./run-alerts";

const REGION = "us-east-1";
const HOUR = 3_600_000;

let sim: SimulatedAws;
let receiver: Server;
let received: Array<{ text: string; alert: { kind: string; to?: string } }> = [];
let webhookUrl = "";

beforeAll(async () => {
  // Production, so the alert e-mail to the mailbox simulator is not held to the sandbox's 1 message a second.
  sim = await startSimulatedAws({
    port: 0,
    scenario: {
      account: { ProductionAccessEnabled: true, Max24HourSend: 50_000, MaxSendRate: 50 },
      identities: [{ name: "alerts.example", dkim: "SUCCESS" }],
    },
  });
  // The receiver is on loopback, an internal address: allowed explicitly, as an admin would list an internal host.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: sim.url,
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "test",
    OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
  });
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await sim.close();
  await new Promise((r) => receiver.close(r));
});

describe.each(databaseKinds())("runAlerts (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const base = Date.UTC(2026, 10, 1, 0, 0, 0);
  let hour = 0;

  /** One more hour of 100 sends at this bounce rate, and a healthy account reading. */
  async function reading(bounceRate: number) {
    hour++;
    const at = new Date(base + hour * HOUR);
    await store.db!.reputationSample.create({
      data: {
        region: REGION,
        period: 3600,
        at,
        bounceRate,
        complaintRate: 0.0002,
        send: 100,
        delivery: 100 - Math.round(bounceRate * 100),
        bounce: Math.round(bounceRate * 100),
        complaint: 0,
        reject: 0,
      },
    });
    await store.db!.accountSnapshot.create({
      data: { region: REGION, ok: true, takenAt: at, sendingEnabled: true, enforcementStatus: "HEALTHY", production: true },
    });
    return new Date(at.getTime() + 5 * 60_000);
  }

  beforeAll(async () => {
    received = [];
    await store.db!.setting.create({ data: { key: FROM_ADDRESS_KEY, value: "alerts@alerts.example" } });
    await saveAlertSettings({ webhookUrl, emails: ["success@simulator.amazonses.com"], alarmTopicArn: null });
  });

  it("alerts once when the bounce rate crosses 5%, not again while it stays above, and again after it came back", async () => {
    expect((await runAlerts(REGION, await reading(0.01))).alerts).toEqual([]);

    const crossed = await runAlerts(REGION, await reading(0.07));
    expect(crossed.alerts.map((a) => [a.alert.kind, a.alert.to, a.alert.severity])).toEqual([["rate-level", "review", "warning"]]);
    expect(crossed.alerts[0]!.deliveries.map((d) => [d.channel, d.ok])).toEqual([
      ["webhook", true],
      ["email", true],
    ]);
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toMatch(/Bounce rate under review in us-east-1/);

    const again = await reading(0.08);
    expect((await runAlerts(REGION, again)).alerts).toEqual([]);
    expect((await runAlerts(REGION, again)).alerts).toEqual([]);
    expect(received).toHaveLength(1);

    const back = await runAlerts(REGION, await reading(0.01));
    expect(back.alerts.map((a) => [a.alert.to, a.alert.severity])).toEqual([["healthy", "info"]]);
    const recrossed = await runAlerts(REGION, await reading(0.11));
    expect(recrossed.alerts.map((a) => [a.alert.to, a.alert.severity])).toEqual([["at-risk", "critical"]]);
    expect(received.map((r) => r.alert.to)).toEqual(["review", "healthy", "at-risk"]);

    const stored = await listAlerts({ region: REGION });
    expect(stored.map((a) => a.severity)).toEqual(["critical", "info", "warning"]);
    expect(stored[0]!.deliveries.every((d) => d.ok)).toBe(true);
  });

  it("stores and sends a crossing once when two collectors see it at the same time", async () => {
    await runAlerts(REGION, await reading(0.01));
    const before = received.length;
    const now = await reading(0.06);
    const [a, b] = await Promise.all([runAlerts(REGION, now), runAlerts(REGION, now)]);
    expect(a.alerts.length + b.alerts.length).toBe(1);
    expect(received.length - before).toBe(1);
    expect(await store.db!.alert.count({ where: { kind: "rate-level", message: { contains: "6.00%" } } })).toBe(1);
  });

  it("records a channel that fails, and shows the alert for an operator to acknowledge", async () => {
    await saveAlertSettings({ webhookUrl: "http://127.0.0.1:9/unreachable", emails: [], alarmTopicArn: null });
    await store.db!.accountSnapshot.create({
      data: { region: REGION, ok: true, takenAt: new Date(base + (hour + 1) * HOUR), sendingEnabled: false, enforcementStatus: "SHUTDOWN" },
    });
    const paused = await runAlerts(REGION, new Date(base + (hour + 1) * HOUR + 60_000));
    expect(paused.alerts.map((a) => a.alert.kind).sort()).toEqual(["enforcement-status", "sending-paused"]);
    expect(paused.alerts[0]!.deliveries).toMatchObject([
      { channel: "webhook", ok: false, detail: expect.stringMatching(/could not be reached/) },
    ]);

    // A failure stored before answers were left out no longer shows the receiver's answer.
    const legacy = [
      { channel: "webhook", ok: false, detail: "The webhook answered HTTP 500: internal secret", at: new Date().toISOString() },
    ];
    await store.db!.alert.update({ where: { id: paused.alerts[1]!.id }, data: { deliveries: JSON.stringify(legacy) } });
    expect((await listAlerts()).find((a) => a.id === paused.alerts[1]!.id)?.deliveries[0]?.detail).toBe("The webhook answered HTTP 500.");

    const open = await listAlerts({ unacknowledgedOnly: true });
    const target = open.find((a) => a.kind === "sending-paused")!;
    expect(await acknowledgeAlert(target.id, "operator@example.com")).toBe(true);
    expect(await acknowledgeAlert(target.id, "someone-else@example.com")).toBe(true);
    const acked = (await listAlerts()).find((a) => a.id === target.id)!;
    expect(acked.acknowledgedBy).toBe("operator@example.com");
    expect(await acknowledgeAlert("no-such-alert", "operator@example.com")).toBe(false);
  });
});

describe.each(databaseKinds())("the notification-pipeline alert (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const region = "eu-west-1";
  const topic = (account = "123456789012") => `arn:aws:sns:${region}:${account}:launchpad-bounces`;
  const base = Date.UTC(2026, 10, 2, 0, 0, 0);
  let hour = 0;

  /** One more hour of 100 sends, and the time a collection runs after it. */
  async function sends() {
    hour++;
    const at = new Date(base + hour * HOUR);
    await store.db!.reputationSample.create({
      data: { region, period: 3600, at, bounceRate: 0.01, complaintRate: 0, send: 100, delivery: 99, bounce: 1, complaint: 0, reject: 0 },
    });
    await store.db!.accountSnapshot.create({
      data: { region, ok: true, takenAt: at, sendingEnabled: true, enforcementStatus: "HEALTHY", production: true },
    });
    return new Date(at.getTime() + 5 * 60_000);
  }

  /** An SNS message as the webhook stores it, with the event it carried when it was an SES notification. */
  async function message(id: string, o: { at: Date; type?: string; status?: string; topicArn?: string; kind?: string }) {
    await store.db!.snsMessage.create({
      data: {
        messageId: id,
        topicArn: o.topicArn ?? topic(),
        type: o.type ?? "Notification",
        body: "{}",
        status: o.status ?? "processed",
        receivedAt: o.at,
        processedAt: o.at,
      },
    });
    if (o.kind) {
      await store.db!.mailEvent.create({
        data: {
          dedupeKey: id,
          sesMessageId: `ses-${id}`,
          kind: o.kind,
          route: "event-publishing",
          region,
          occurredAt: o.at,
          receivedAt: o.at,
          recipient: "x@example.net",
          recipientDomain: "example.net",
          snsMessageId: id,
        },
      });
    }
  }

  const kinds = async (now: Date) => (await runAlerts(region, now)).alerts.map((a) => [a.alert.kind, a.alert.severity]);

  beforeAll(async () => {
    received = [];
    await saveAlertSettings({ webhookUrl, emails: [], alarmTopicArn: null });
  });

  it("alerts once when mail goes out and no processed SES notification comes back, and again only after it recovered", async () => {
    // Not subscribed: the dashboard expects nothing, whatever is sent.
    expect(await kinds(await sends())).toEqual([]);
    await store.db!.allowedTopic.create({ data: { topicArn: topic(), region, purpose: "bounce" } });

    const silent = await runAlerts(region, await sends());
    expect(silent.alerts.map((a) => [a.alert.kind, a.alert.severity])).toEqual([["notifications-silent", "warning"]]);
    expect(silent.alerts[0]!.deliveries.map((d) => [d.channel, d.ok])).toEqual([["webhook", true]]);
    expect(received.at(-1)!.text).toMatch(
      /No bounce or complaint notification comes back in eu-west-1: 200 messages were sent in the last 6 hours, but no bounce, complaint or delivery notification has been processed ever/,
    );

    // None of these is a processed SES notification of this account: still silent, and no second alert.
    let now = await sends();
    await message("confirmation", { at: now, type: "SubscriptionConfirmation" });
    await message("failed", { at: now, status: "failed", kind: "bounce" });
    await message("setup", { at: now });
    await message("other-account", { at: now, topicArn: topic("210987654321"), kind: "bounce" });
    expect(await kinds(now)).toEqual([]);
    expect((await listAlerts({ region })).map((a) => a.kind)).toEqual(["notifications-silent"]);

    now = await sends();
    await message("delivery", { at: now, kind: "delivery" });
    expect(await kinds(now)).toEqual([["notifications-resumed", "info"]]);
    expect(received.at(-1)!.text).toMatch(/SES notifications are processed again in eu-west-1/);
  });
});
