import { CloudWatchClient, PutMetricAlarmCommand } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScenario } from "../../sim/aws/demo-scenario";
import { setFaults, startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { clientConfig } from "../../sim/aws/test-helpers";
import { checkAlarms, putRecommendedAlarms, RECOMMENDED_ALARMS } from "./alarms";

let sim: SimulatedAws;
let cw: CloudWatchClient;
const ARN = "arn:aws:sns:us-east-1:123456789012:ses-alarms";

beforeAll(async () => {
  // us-east-1: the demo, about 1.2 % bounces now (its spike is nine days old); eu-west-1: 7 % bounces today.
  sim = await startSimulatedAws({
    port: 0,
    scenario: {
      ...demoScenario,
      regions: { "eu-west-1": { history: { days: 2, dailySends: 2400, bounceSpike: { dayAgo: 0, rate: 0.07 }, seed: 7 } } },
    },
  });
  Object.assign(process.env, { AWS_ENDPOINT_URL: sim.url, AWS_ACCESS_KEY_ID: "AKIDTEST", AWS_SECRET_ACCESS_KEY: "test" });
  cw = new CloudWatchClient(clientConfig(sim.url, "us-east-1"));
});
afterAll(async () => {
  cw.destroy();
  await sim.close();
});

describe("recommended alarms against the simulated CloudWatch", () => {
  it("reports all missing, creates them in one go, then reports them ok", async () => {
    expect((await checkAlarms("us-east-1", ARN)).map((c) => c.status)).toEqual(["missing", "missing", "missing", "missing"]);
    expect(await putRecommendedAlarms("us-east-1", ARN)).toEqual(RECOMMENDED_ALARMS.map((s) => s.name));
    const checks = await checkAlarms("us-east-1", ARN);
    expect(checks.map((c) => c.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(checks.every((c) => c.state === "OK")).toBe(true);
    // A different configured topic makes every alarm lack its action.
    const other = await checkAlarms("us-east-1", "arn:aws:sns:us-east-1:123456789012:other");
    expect(other.every((c) => c.status === "misconfigured" && c.differences.map((d) => d.field).join() === "AlarmActions")).toBe(true);
  });

  it("finds an alarm someone changed by hand and repairs only that one, keeping their extra action", async () => {
    const name = "ses-reputation-bounce-rate-5pct";
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        Namespace: "AWS/SES",
        MetricName: "Reputation.BounceRate",
        Statistic: "Average",
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 0.08,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        AlarmActions: ["arn:aws:sns:us-east-1:123456789012:pager"],
      }),
    );
    const broken = (await checkAlarms("us-east-1", ARN)).find((c) => c.name === name)!;
    expect(broken.status).toBe("misconfigured");
    expect(broken.differences.map((d) => d.field)).toEqual(["Period", "Threshold", "TreatMissingData", "AlarmActions"]);

    expect(await putRecommendedAlarms("us-east-1", ARN, [name])).toEqual([name]);
    const repaired = (await checkAlarms("us-east-1", ARN)).find((c) => c.name === name)!;
    expect(repaired.status).toBe("ok");
    const other = (await checkAlarms("us-east-1", "arn:aws:sns:us-east-1:123456789012:pager")).find((c) => c.name === name)!;
    expect(other.status).toBe("ok");
  });

  it("reports the 5 % alarm in ALARM in a region whose bounce rate is above 5 % this hour", async () => {
    const eu = "arn:aws:sns:eu-west-1:123456789012:ses-alarms";
    await putRecommendedAlarms("eu-west-1", eu);
    const checks = await checkAlarms("eu-west-1", eu);
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ["ses-reputation-bounce-rate-5pct", "alarm"],
      ["ses-reputation-bounce-rate-10pct", "ok"],
      ["ses-reputation-complaint-rate-0.1pct", "ok"],
      ["ses-reputation-complaint-rate-0.5pct", "ok"],
    ]);
    expect(checks[0]?.stateReason).toMatch(/Threshold Crossed/);
  });

  it("follows DescribeAlarms pages", async () => {
    const paged = await checkAlarms("us-east-1", ARN, { maxRecordsPerPage: 1 });
    expect(paged).toEqual(await checkAlarms("us-east-1", ARN));
    expect(paged.filter((c) => c.status === "missing")).toEqual([]);
  });

  it("refuses an action in another region or an unknown alarm before calling AWS", async () => {
    await expect(putRecommendedAlarms("us-east-1", "arn:aws:sns:eu-west-1:123456789012:x")).rejects.toThrow(/eu-west-1/);
    await expect(putRecommendedAlarms("us-east-1", ARN, ["nope"])).rejects.toThrow(/Not a recommended alarm/);
  });

  it("gives the same answer under heavy throttling, through the shared client's retries", async () => {
    const expected = await checkAlarms("us-east-1", ARN, { maxRecordsPerPage: 1 });
    setFaults({ throttleFraction: 0.4 });
    try {
      expect(await checkAlarms("us-east-1", ARN, { maxRecordsPerPage: 1 })).toEqual(expected);
    } finally {
      setFaults({ throttleFraction: 0 });
    }
    // The SDK backs off throttling from 500 ms up to 20 s with full jitter: an unlucky streak on one page can take
    // tens of seconds on a loaded machine, and a slow answer is not the failure this test looks for.
  }, 120_000);
});
