import {
  CloudWatchClient,
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  PutMetricAlarmCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { GetIdentityNotificationAttributesCommand, SESClient } from "@aws-sdk/client-ses";
import {
  CreateEmailIdentityCommand,
  GetAccountCommand,
  GetEmailIdentityCommand,
  SendEmailCommand,
  SESv2Client,
} from "@aws-sdk/client-sesv2";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_DOMAIN, demoScenario } from "./demo-scenario";
import { setIdentityStatus, startSimulatedAws, type SimulatedAws } from "./server";
import { clientConfig, failure } from "./test-helpers";

let sim: SimulatedAws;
let cw: CloudWatchClient;
const HOUR = 3600;
const q = (id: string, metric: string, stat: string, period = HOUR): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: "AWS/SES", MetricName: metric }, Period: period, Stat: stat },
  ReturnData: true,
});

beforeAll(async () => {
  sim = await startSimulatedAws({ port: 0, scenario: demoScenario });
  cw = new CloudWatchClient(clientConfig(sim.url, "us-east-1"));
});
afterAll(async () => {
  cw.destroy();
  await sim.close();
});

const now = () => new Date();
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

describe("GetMetricData", () => {
  it("returns a month of hourly history, newest first by default, with the bounce spike nine days ago", async () => {
    const res = await cw.send(
      new GetMetricDataCommand({
        MetricDataQueries: [q("bounce_rate", "Reputation.BounceRate", "Average"), q("sends", "Send", "Sum", 86_400)],
        StartTime: daysAgo(31),
        EndTime: now(),
      }),
    );
    const [rate, sends] = res.MetricDataResults ?? [];
    expect(rate?.StatusCode).toBe("Complete");
    expect(rate?.Label).toBe("Reputation.BounceRate");
    expect(rate?.Values?.length).toBeGreaterThan(24 * 30);
    const ts = rate?.Timestamps ?? [];
    expect((ts[0]?.getTime() ?? 0) > (ts[1]?.getTime() ?? 0)).toBe(true); // TimestampDescending
    const values = rate?.Values ?? [];
    const spikeHours = ts.filter((_, i) => (values[i] ?? 0) >= 0.05);
    expect(spikeHours.length).toBe(24);
    for (const t of spikeHours) {
      const ageDays = (Date.now() - t.getTime()) / 86_400_000;
      expect(ageDays).toBeGreaterThanOrEqual(9);
      expect(ageDays).toBeLessThan(10.1);
    }
    expect(Math.max(...values.filter((v) => v < 0.05))).toBeLessThan(0.02);
    // About 150 sends a day.
    const daily = sends?.Values ?? [];
    expect(daily.length).toBeGreaterThanOrEqual(30);
    const full = daily.slice(1, -1);
    expect(full.reduce((a, b) => a + b, 0) / full.length).toBeGreaterThan(120);
    expect(full.reduce((a, b) => a + b, 0) / full.length).toBeLessThan(180);
  });

  it("is deterministic for a seeded scenario", async () => {
    const ask = () =>
      cw.send(
        new GetMetricDataCommand({
          MetricDataQueries: [q("c", "Complaint", "Sum")],
          StartTime: daysAgo(5),
          EndTime: daysAgo(1),
          ScanBy: "TimestampAscending",
        }),
      );
    const a = await ask();
    const b = await ask();
    expect(a.MetricDataResults?.[0]?.Values).toEqual(b.MetricDataResults?.[0]?.Values);
  });

  it("pages with MaxDatapoints and NextToken (PartialData until the last page) and rejects a bad token", async () => {
    const input = {
      MetricDataQueries: [q("bounce_rate", "Reputation.BounceRate", "Average"), q("complaint_rate", "Reputation.ComplaintRate", "Average")],
      StartTime: daysAgo(2),
      EndTime: daysAgo(1),
      ScanBy: "TimestampAscending" as const,
      MaxDatapoints: 10,
    };
    const all = new Map<string, number[]>();
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await cw.send(new GetMetricDataCommand({ ...input, NextToken: token }));
      pages++;
      const points = (page.MetricDataResults ?? []).reduce((n, r) => n + (r.Values?.length ?? 0), 0);
      expect(points).toBeLessThanOrEqual(10);
      for (const r of page.MetricDataResults ?? []) {
        all.set(r.Id ?? "", [...(all.get(r.Id ?? "") ?? []), ...(r.Timestamps ?? []).map((t) => t.getTime())]);
        if (page.NextToken && r.Id === "bounce_rate" && pages === 1) expect(r.StatusCode).toBe("PartialData");
      }
      token = page.NextToken;
    } while (token);
    expect(pages).toBe(5); // 24 + 24 points, 10 per page
    const br = all.get("bounce_rate") ?? [];
    expect(br).toHaveLength(24);
    expect([...br].sort((a, b) => a - b)).toEqual(br); // ascending across pages
    expect(all.get("complaint_rate")).toHaveLength(24);

    const bad = await failure(cw.send(new GetMetricDataCommand({ ...input, NextToken: "garbage" })));
    expect(bad.name).toBe("InvalidNextToken");
    expect(bad.$metadata?.httpStatusCode).toBe(400);
  });

  it("counts real sends into Send", async () => {
    const ses = new SESv2Client(clientConfig(sim.url, "us-east-1"));
    try {
      const before = await cw.send(
        new GetMetricDataCommand({
          MetricDataQueries: [q("s", "Send", "Sum", 60)],
          StartTime: new Date(Date.now() - 120_000),
          EndTime: new Date(Date.now() + 60_000),
        }),
      );
      const sum = (r: typeof before) => (r.MetricDataResults?.[0]?.Values ?? []).reduce((a, b) => a + b, 0);
      await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: "me@cw.example" }));
      setIdentityStatus("us-east-1", "me@cw.example", { verification: "SUCCESS" });
      await ses.send(
        new SendEmailCommand({
          FromEmailAddress: "me@cw.example",
          Destination: { ToAddresses: ["success@simulator.amazonses.com"] },
          Content: { Simple: { Subject: { Data: "s" }, Body: { Text: { Data: "b" } } } },
        }),
      );
      const after = await cw.send(
        new GetMetricDataCommand({
          MetricDataQueries: [q("s", "Send", "Sum", 60)],
          StartTime: new Date(Date.now() - 120_000),
          EndTime: new Date(Date.now() + 60_000),
        }),
      );
      expect(sum(after) - sum(before)).toBe(1);
    } finally {
      ses.destroy();
    }
  });
});

describe("alarms", () => {
  it("stores alarms, computes StateValue from the data, filters, and deletes", async () => {
    const base = {
      Namespace: "AWS/SES",
      Statistic: "Average" as const,
      Period: 3600,
      EvaluationPeriods: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold" as const,
      TreatMissingData: "ignore",
    };
    await cw.send(
      new PutMetricAlarmCommand({
        ...base,
        AlarmName: "bounce-5pct",
        MetricName: "Reputation.BounceRate",
        Threshold: 0.05,
        AlarmActions: ["arn:aws:sns:us-east-1:123456789012:alarms"],
      }),
    );
    await cw.send(new PutMetricAlarmCommand({ ...base, AlarmName: "bounce-tiny", MetricName: "Reputation.BounceRate", Threshold: 0.0001 }));
    await cw.send(new PutMetricAlarmCommand({ ...base, AlarmName: "no-data", MetricName: "Open", Threshold: 1 }));

    const one = await cw.send(new DescribeAlarmsCommand({ AlarmNames: ["bounce-5pct"] }));
    expect(one.MetricAlarms).toHaveLength(1);
    expect(one.MetricAlarms?.[0]).toMatchObject({
      AlarmName: "bounce-5pct",
      AlarmArn: "arn:aws:cloudwatch:us-east-1:123456789012:alarm:bounce-5pct",
      StateValue: "OK",
      Threshold: 0.05,
      AlarmActions: ["arn:aws:sns:us-east-1:123456789012:alarms"],
    });
    expect(one.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);

    const alarming = await cw.send(new DescribeAlarmsCommand({ StateValue: "ALARM" }));
    expect(alarming.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["bounce-tiny"]);
    const unknown = await cw.send(new DescribeAlarmsCommand({ StateValue: "INSUFFICIENT_DATA" }));
    expect(unknown.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["no-data"]);

    await cw.send(new DeleteAlarmsCommand({ AlarmNames: ["bounce-tiny", "no-data"] }));
    expect((await cw.send(new DescribeAlarmsCommand({}))).MetricAlarms?.map((a) => a.AlarmName)).toEqual(["bounce-5pct"]);
    const gone = await failure(cw.send(new DeleteAlarmsCommand({ AlarmNames: ["no-data"] })));
    expect(gone.name).toBe("ResourceNotFound");
  });
});

describe("demo scenario", () => {
  it("has the demo domain with DKIM PENDING, a fresh sandbox account and no notification topics", async () => {
    const ses = new SESv2Client(clientConfig(sim.url, "us-east-1"));
    const v1 = new SESClient(clientConfig(sim.url, "us-east-1"));
    try {
      const id = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: DEMO_DOMAIN }));
      expect(id.DkimAttributes?.Status).toBe("PENDING");
      expect(id.DkimAttributes?.Tokens).toHaveLength(3);
      expect(id.VerifiedForSendingStatus).toBe(false);
      const account = await ses.send(new GetAccountCommand({}));
      expect(account.SendQuota).toMatchObject({ Max24HourSend: 200, MaxSendRate: 1 });
      expect(account.ProductionAccessEnabled).toBe(false);
      const attrs = await v1.send(new GetIdentityNotificationAttributesCommand({ Identities: [DEMO_DOMAIN] }));
      expect(attrs.NotificationAttributes?.[DEMO_DOMAIN]?.BounceTopic).toBeUndefined();
    } finally {
      ses.destroy();
      v1.destroy();
    }
  });
});

describe("STS", () => {
  it("GetCallerIdentity answers the simulated account", async () => {
    const sts = new STSClient(clientConfig(sim.url, "us-east-1"));
    try {
      const me = await sts.send(new GetCallerIdentityCommand({}));
      expect(me.Account).toBe("123456789012");
      expect(me.Arn).toBe("arn:aws:iam::123456789012:user/simulated");
    } finally {
      sts.destroy();
    }
  });
});
