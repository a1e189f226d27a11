import "server-only";
import { DescribeAlarmsCommand, PutMetricAlarmCommand, type MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { actionArnProblem, alarmRequest, compareAlarm, RECOMMENDED_ALARMS, type AlarmCheck } from "../reputation/recommended-alarms";
import { cloudwatch } from "./clients";

export { RECOMMENDED_ALARMS, type AlarmCheck } from "../reputation/recommended-alarms";

/** DescribeAlarms for the given names, every page; without AlarmTypes only metric alarms come back, which is all we ask for. */
async function describeAlarms(region: string, names: string[], maxRecords?: number): Promise<Map<string, MetricAlarm>> {
  const found = new Map<string, MetricAlarm>();
  let token: string | undefined;
  do {
    const page = await cloudwatch(region).send(new DescribeAlarmsCommand({ AlarmNames: names, NextToken: token, MaxRecords: maxRecords }));
    for (const a of page.MetricAlarms ?? []) if (a.AlarmName) found.set(a.AlarmName, a);
    token = page.NextToken;
  } while (token);
  return found;
}

/** Each recommended alarm: missing, misconfigured (with every difference), in ALARM state, or ok. */
export async function checkAlarms(region: string, actionArn?: string, opts: { maxRecordsPerPage?: number } = {}): Promise<AlarmCheck[]> {
  const found = await describeAlarms(
    region,
    RECOMMENDED_ALARMS.map((s) => s.name),
    opts.maxRecordsPerPage,
  );
  return RECOMMENDED_ALARMS.map((s) => compareAlarm(s, found.get(s.name), actionArn));
}

/** Creates or repairs the recommended alarms (all, or those named), returning the names written. */
export async function putRecommendedAlarms(region: string, actionArn: string, names?: readonly string[]): Promise<string[]> {
  const problem = actionArnProblem(actionArn, region);
  if (problem) throw new Error(problem);
  const unknown = (names ?? []).filter((n) => !RECOMMENDED_ALARMS.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`Not a recommended alarm: ${unknown.join(", ")}`);
  const specs = RECOMMENDED_ALARMS.filter((s) => !names || names.includes(s.name));
  const existing = await describeAlarms(
    region,
    specs.map((s) => s.name),
  );
  for (const s of specs) await cloudwatch(region).send(new PutMetricAlarmCommand(alarmRequest(s, actionArn, existing.get(s.name))));
  return specs.map((s) => s.name);
}
