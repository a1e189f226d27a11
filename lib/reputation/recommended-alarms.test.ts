import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionArnProblem, alarmRequest, compareAlarm, RECOMMENDED_ALARMS, type ObservedAlarm } from "./recommended-alarms";

const fixture = <T>(name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "../../test/fixtures/aws", name), "utf8")) as T;
const ARN = "arn:aws:sns:us-east-1:111122223333:ses-alarms";
const bounceReview = RECOMMENDED_ALARMS.find((a) => a.metric === "bounce" && a.level === "review")!;

describe("recommended alarms", () => {
  it("are the guide's alarms at 5 % and 0.1 %, plus 10 % and 0.5 %", () => {
    expect(RECOMMENDED_ALARMS.map((a) => [a.name, a.threshold])).toEqual([
      ["ses-reputation-bounce-rate-5pct", 0.05],
      ["ses-reputation-bounce-rate-10pct", 0.1],
      ["ses-reputation-complaint-rate-0.1pct", 0.001],
      ["ses-reputation-complaint-rate-0.5pct", 0.005],
    ]);
  });

  it("build the same PutMetricAlarm requests as AWS's examples", () => {
    for (const [file, level] of [
      ["bounce-review", "bounce"],
      ["complaint-review", "complaint"],
    ] as const) {
      const expected = fixture<Record<string, unknown>>(`cloudwatch.PutMetricAlarm.${file}.request.json`);
      const s = RECOMMENDED_ALARMS.find((a) => a.metric === level && a.level === "review")!;
      expect(alarmRequest(s, ARN)).toMatchObject({ ...expected, AlarmDescription: expect.any(String) as unknown });
    }
  });

  it("keep actions someone else added when repairing", () => {
    const req = alarmRequest(bounceReview, ARN, { AlarmActions: ["arn:aws:sns:us-east-1:111122223333:pager", ARN], OKActions: ["x"] });
    expect(req.AlarmActions).toEqual(["arn:aws:sns:us-east-1:111122223333:pager", ARN]);
    expect(req.OKActions).toEqual(["x"]);
  });
});

describe("compareAlarm", () => {
  const described = fixture<{ MetricAlarms: ObservedAlarm[] }>("cloudwatch.DescribeAlarms.response.json").MetricAlarms[0]!;

  it("accepts AWS's example alarm as ok and reports a missing one", () => {
    expect(compareAlarm(bounceReview, described, ARN)).toMatchObject({ status: "ok", state: "INSUFFICIENT_DATA", differences: [] });
    expect(compareAlarm(bounceReview, undefined, ARN).status).toBe("missing");
  });

  it("lists each difference of a misconfigured alarm", () => {
    const wrong: ObservedAlarm = {
      ...described,
      Threshold: 0.1,
      Period: 300,
      ComparisonOperator: "GreaterThanThreshold",
      Statistic: undefined,
      ExtendedStatistic: "p90",
      EvaluationPeriods: 3,
      AlarmActions: [],
      ActionsEnabled: false,
      StateValue: "ALARM",
    };
    const check = compareAlarm(bounceReview, wrong, ARN);
    expect(check.status).toBe("misconfigured");
    expect(check.state).toBe("ALARM");
    expect(check.differences).toEqual([
      { field: "Statistic", expected: "Average", actual: "p90" },
      { field: "Period", expected: 3600, actual: 300 },
      { field: "EvaluationPeriods", expected: 1, actual: 3 },
      { field: "Threshold", expected: 0.05, actual: 0.1 },
      { field: "ComparisonOperator", expected: "GreaterThanOrEqualToThreshold", actual: "GreaterThanThreshold" },
      { field: "ActionsEnabled", expected: true, actual: false },
      { field: "AlarmActions", expected: ARN, actual: null },
    ]);
  });

  it("reports ALARM for a well-configured alarm that fired, and any action when no ARN is configured", () => {
    expect(compareAlarm(bounceReview, { ...described, StateValue: "ALARM" }, ARN).status).toBe("alarm");
    expect(compareAlarm(bounceReview, described).status).toBe("ok");
    expect(compareAlarm(bounceReview, { ...described, AlarmActions: [] }).differences).toEqual([
      { field: "AlarmActions", expected: "an action", actual: null },
    ]);
    expect(
      compareAlarm(bounceReview, { ...described, Dimensions: [{ Name: "ses:configuration-set", Value: "x" }] }, ARN).differences[0]?.field,
    ).toBe("Dimensions");
  });
});

describe("actionArnProblem", () => {
  it("wants an SNS topic in the alarm's region", () => {
    expect(actionArnProblem(ARN, "us-east-1")).toBeNull();
    expect(actionArnProblem(ARN, "eu-west-1")).toMatch(/us-east-1/);
    expect(actionArnProblem("https://hooks.example", "us-east-1")).toMatch(/SNS topic ARN/);
  });
});
