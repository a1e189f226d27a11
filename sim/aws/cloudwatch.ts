import type { RequestContext } from "./context";
import { bucketize, type Datapoint } from "./metrics-history";
import { arr, decodeToken, encodeToken, epochSeconds, num, obj, parseJsonBody, sendJson, SimError, str, strArr } from "./protocol-json";
import { type Alarm, type RegionState } from "./state";

export const CW_TARGET_PREFIX = "GraniteServiceVersion20100801.";
export const CW_NAMESPACE = "com.amazonaws.cloudwatch";

const missing = (name: string) =>
  new SimError("MissingRequiredParameterException", `The parameter ${name} is required.`, 400, "MissingParameter");
const invalid = (message: string) => new SimError("InvalidParameterValueException", message, 400, "InvalidParameterValue");

export function handleCloudWatch(ctx: RequestContext, operation: string): void {
  const body = parseJsonBody(ctx.rawBody);
  const reply = (out: unknown) => sendJson(ctx.res, 200, out, ctx.requestId, "application/x-amz-json-1.0");
  switch (operation) {
    case "GetMetricData":
      return reply(getMetricData(ctx.rs, body));
    case "PutMetricAlarm":
      putMetricAlarm(ctx.rs, body);
      return reply({});
    case "DescribeAlarms":
      return reply(describeAlarms(ctx.rs, body, Date.now()));
    case "DeleteAlarms": {
      const names = strArr(body.AlarmNames);
      const unknown = names.filter((n) => !ctx.rs.alarms.has(n));
      if (unknown.length > 0) throw new SimError("ResourceNotFound", `Alarms not found: ${unknown.join(", ")}`, 404);
      for (const n of names) ctx.rs.alarms.delete(n);
      return reply({});
    }
    default:
      throw new SimError("UnknownOperationException", `Operation ${operation} is not supported by the simulator.`, 400, "InvalidAction");
  }
}

/** Only account-level AWS/SES metrics exist in the simulator; anything else has no data, like an unused metric. */
function series(rs: RegionState, metric: Record<string, unknown> | undefined): Datapoint[] {
  if (!metric || str(metric.Namespace) !== "AWS/SES" || arr(metric.Dimensions).length > 0) return [];
  return rs.metrics.get(str(metric.MetricName) ?? "") ?? [];
}

type Result = {
  Id: string;
  Label: string;
  Timestamps: number[];
  Values: number[];
  StatusCode: string;
  Messages?: Array<{ Code: string; Value: string }>;
};

export function getMetricData(rs: RegionState, body: Record<string, unknown>): Record<string, unknown> {
  const queries = arr(body.MetricDataQueries).map((q) => obj(q) ?? {});
  const start = num(body.StartTime);
  const end = num(body.EndTime);
  if (queries.length === 0) throw missing("MetricDataQueries");
  if (start === undefined) throw missing("StartTime");
  if (end === undefined) throw missing("EndTime");
  if (end <= start) throw invalid("The parameter StartTime must be less than the parameter EndTime.");
  const ascending = str(body.ScanBy) === "TimestampAscending";
  const maxDatapoints = num(body.MaxDatapoints) ?? 100_800;
  if (maxDatapoints < 1) throw invalid("MaxDatapoints must be at least 1.");
  const offset = decodeToken(str(body.NextToken));

  const full: Result[] = [];
  for (const q of queries) {
    const id = str(q.Id);
    if (!id || !/^[a-z][A-Za-z0-9_]*$/.test(id)) throw invalid(`Invalid metric data query Id: ${id ?? ""}`);
    if (q.ReturnData === false) continue;
    const stat = obj(q.MetricStat);
    if (!stat) {
      full.push({
        Id: id,
        Label: str(q.Label) ?? id,
        Timestamps: [],
        Values: [],
        StatusCode: "InternalError",
        Messages: [{ Code: "Unsupported", Value: "The simulator does not evaluate metric math expressions." }],
      });
      continue;
    }
    const period = num(stat.Period) ?? num(q.Period);
    if (!period || period % 60 !== 0) throw invalid("The parameter Period must be a multiple of 60.");
    const metric = obj(stat.Metric);
    const points = bucketize(series(rs, metric), start * 1000, end * 1000, period, str(stat.Stat) ?? "Average");
    if (!ascending) points.reverse();
    full.push({
      Id: id,
      Label: str(q.Label) ?? str(metric?.MetricName) ?? id,
      Timestamps: points.map((p) => epochSeconds(p.t)),
      Values: points.map((p) => p.v),
      StatusCode: "Complete",
    });
  }

  // One page holds at most MaxDatapoints points across all queries; the token is a position in that sequence.
  const total = full.reduce((n, r) => n + r.Values.length, 0);
  if (offset > total) throw new SimError("InvalidNextToken", "The specified NextToken is not valid.");
  let skip = offset;
  let budget = maxDatapoints;
  const results = full.map((r) => {
    const from = Math.min(skip, r.Values.length);
    skip -= from;
    const take = Math.min(budget, r.Values.length - from);
    budget -= take;
    const done = from + take === r.Values.length;
    return {
      ...r,
      Timestamps: r.Timestamps.slice(from, from + take),
      Values: r.Values.slice(from, from + take),
      StatusCode: done ? r.StatusCode : "PartialData",
    };
  });
  const consumed = offset + (maxDatapoints - budget);
  return { MetricDataResults: results, ...(consumed < total ? { NextToken: encodeToken(consumed) } : {}), Messages: [] };
}

const OPERATORS = new Set(["GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold", "LessThanOrEqualToThreshold"]);
const ALARM_FIELDS = [
  "AlarmName",
  "AlarmDescription",
  "ActionsEnabled",
  "OKActions",
  "AlarmActions",
  "InsufficientDataActions",
  "MetricName",
  "Namespace",
  "Statistic",
  "ExtendedStatistic",
  "Dimensions",
  "Period",
  "Unit",
  "EvaluationPeriods",
  "DatapointsToAlarm",
  "Threshold",
  "ComparisonOperator",
  "TreatMissingData",
  "EvaluateLowSampleCountPercentile",
  "Metrics",
  "ThresholdMetricId",
];

function putMetricAlarm(rs: RegionState, body: Record<string, unknown>): void {
  const name = str(body.AlarmName);
  if (!name) throw missing("AlarmName");
  if (num(body.EvaluationPeriods) === undefined) throw missing("EvaluationPeriods");
  const op = str(body.ComparisonOperator);
  if (!op) throw missing("ComparisonOperator");
  if (!OPERATORS.has(op)) throw invalid(`ComparisonOperator ${op} is not supported by the simulator.`);
  if (body.Metrics === undefined) {
    if (num(body.Threshold) === undefined) throw missing("Threshold");
    const period = num(body.Period);
    if (period === undefined) throw missing("Period");
    if (![10, 20, 30].includes(period) && period % 60 !== 0) throw invalid("Period must be 10, 20, 30 or a multiple of 60.");
  }
  if (rs.alarms.size >= 5000 && !rs.alarms.has(name)) throw new SimError("LimitExceededFault", "Too many alarms.", 400, "LimitExceeded");
  const config: Record<string, unknown> = {
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    Dimensions: [],
  };
  for (const k of ALARM_FIELDS) if (body[k] !== undefined) config[k] = body[k];
  const now = Date.now();
  const prev = rs.alarms.get(name);
  rs.alarms.set(name, { config, updatedAt: now, stateValue: prev?.stateValue, stateUpdatedAt: prev?.stateUpdatedAt ?? now });
}

function breaches(op: string, v: number, threshold: number): boolean {
  switch (op) {
    case "GreaterThanOrEqualToThreshold":
      return v >= threshold;
    case "GreaterThanThreshold":
      return v > threshold;
    case "LessThanThreshold":
      return v < threshold;
    default:
      return v <= threshold;
  }
}

/** Evaluates the last EvaluationPeriods periods ending now, M-out-of-N, with TreatMissingData for empty periods. */
export function evaluateAlarm(rs: RegionState, c: Record<string, unknown>, now: number): { state: string; reason: string } {
  const period = num(c.Period) ?? 60;
  const n = num(c.EvaluationPeriods) ?? 1;
  const m = num(c.DatapointsToAlarm) ?? n;
  const threshold = num(c.Threshold) ?? 0;
  const treat = str(c.TreatMissingData) ?? "missing";
  if (c.Metrics !== undefined) return { state: "INSUFFICIENT_DATA", reason: "The simulator does not evaluate metric math alarms." };
  const windowStart = now - n * period * 1000;
  const points = bucketize(series(rs, c), windowStart, now, period, str(c.Statistic) ?? "Average");
  const missingCount = n - points.length;
  if (points.length === 0 && (treat === "missing" || treat === "ignore")) {
    return { state: "INSUFFICIENT_DATA", reason: `Insufficient Data: ${n} datapoints were unknown.` };
  }
  let breaching = points.filter((p) => breaches(str(c.ComparisonOperator) ?? "", p.v, threshold)).length;
  if (treat === "breaching") breaching += missingCount;
  const values = points.map((p) => p.v).join(", ");
  if (breaching >= Math.min(m, n)) {
    return {
      state: "ALARM",
      reason: `Threshold Crossed: ${breaching} out of the last ${n} datapoints [${values}] crossed the threshold (${threshold}).`,
    };
  }
  return {
    state: "OK",
    reason: `Threshold Crossed: ${breaching} out of the last ${n} datapoints [${values}] crossed the threshold (${threshold}).`,
  };
}

function describeAlarms(rs: RegionState, body: Record<string, unknown>, now: number): Record<string, unknown> {
  const names = body.AlarmNames === undefined ? undefined : strArr(body.AlarmNames);
  const prefix = str(body.AlarmNamePrefix);
  const stateFilter = str(body.StateValue);
  const types = strArr(body.AlarmTypes);
  const wantMetric = types.length === 0 || types.includes("MetricAlarm");
  const alarms: Record<string, unknown>[] = [];
  for (const [name, alarm] of [...rs.alarms.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (names && !names.includes(name)) continue;
    if (prefix && !name.startsWith(prefix)) continue;
    const view = alarmView(rs, name, alarm, now);
    if (stateFilter && view.StateValue !== stateFilter) continue;
    alarms.push(view);
  }
  const offset = decodeToken(str(body.NextToken));
  const max = Math.min(num(body.MaxRecords) ?? 50, 100);
  const pageItems = wantMetric ? alarms.slice(offset, offset + max) : [];
  const next = wantMetric && offset + max < alarms.length ? encodeToken(offset + max) : undefined;
  return { MetricAlarms: pageItems, CompositeAlarms: [], ...(next ? { NextToken: next } : {}) };
}

function alarmView(rs: RegionState, name: string, alarm: Alarm, now: number): Record<string, unknown> {
  const { state, reason } = evaluateAlarm(rs, alarm.config, now);
  if (alarm.stateValue !== state) {
    alarm.stateValue = state;
    alarm.stateUpdatedAt = now;
  }
  return {
    ...alarm.config,
    AlarmArn: `arn:aws:cloudwatch:${rs.region}:${rs.accountId}:alarm:${name}`,
    AlarmConfigurationUpdatedTimestamp: epochSeconds(alarm.updatedAt),
    StateValue: state,
    StateReason: reason,
    StateUpdatedTimestamp: epochSeconds(alarm.stateUpdatedAt),
    StateTransitionedTimestamp: epochSeconds(alarm.stateUpdatedAt),
  };
}
