import { formatRate, RATE_LEVELS, type RateLevel, type RateMetric } from "./levels";

/**
 * The CloudWatch alarms the dashboard recommends, from the SES guide's alarm tutorial: Average over one hour,
 * one period, >= the level, missing data ignored (reputationdashboard-cloudwatch-alarm.md).
 */
export type AlarmSpec = {
  name: string;
  metric: RateMetric;
  level: Exclude<RateLevel, "healthy">;
  description: string;
  namespace: "AWS/SES";
  metricName: string;
  statistic: "Average";
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparisonOperator: "GreaterThanOrEqualToThreshold";
  treatMissingData: "ignore";
};

function spec(metric: RateMetric, level: AlarmSpec["level"]): AlarmSpec {
  const l = RATE_LEVELS[metric];
  const threshold = level === "review" ? l.review : l.atRisk;
  const pct = formatRate(threshold, threshold < 0.01 ? 1 : 0);
  return {
    name: `ses-reputation-${metric}-rate-${pct.replace("%", "pct")}`,
    metric,
    level,
    description:
      level === "review" ? `SES reviews accounts at >=${pct} ${metric} rate` : `SES may pause sending at >=${pct} ${metric} rate`,
    namespace: "AWS/SES",
    metricName: l.cloudWatchMetric,
    statistic: "Average",
    period: 3600,
    evaluationPeriods: 1,
    threshold,
    comparisonOperator: "GreaterThanOrEqualToThreshold",
    treatMissingData: "ignore",
  };
}

export const RECOMMENDED_ALARMS: readonly AlarmSpec[] = [
  spec("bounce", "review"),
  spec("bounce", "at-risk"),
  spec("complaint", "review"),
  spec("complaint", "at-risk"),
];

/** A MetricAlarm as DescribeAlarms returns it; the SDK's type fits. */
export type ObservedAlarm = {
  AlarmName?: string;
  Namespace?: string;
  MetricName?: string;
  Statistic?: string;
  ExtendedStatistic?: string;
  Dimensions?: Array<{ Name?: string; Value?: string }>;
  Period?: number;
  EvaluationPeriods?: number;
  DatapointsToAlarm?: number;
  Threshold?: number;
  ComparisonOperator?: string;
  TreatMissingData?: string;
  ActionsEnabled?: boolean;
  AlarmActions?: string[];
  OKActions?: string[];
  InsufficientDataActions?: string[];
  StateValue?: string;
  StateReason?: string;
};

type Value = string | number | boolean | null;
export type AlarmDifference = { field: string; expected: Value; actual: Value };

export type AlarmCheck = {
  name: string;
  metric: RateMetric;
  level: AlarmSpec["level"];
  threshold: number;
  /** Worst first: missing, then misconfigured, then in ALARM state. */
  status: "missing" | "misconfigured" | "alarm" | "ok";
  state: string | null;
  stateReason: string | null;
  differences: AlarmDifference[];
};

/** Every way an existing alarm departs from the recommendation, one entry per field. */
export function alarmDifferences(s: AlarmSpec, a: ObservedAlarm, actionArn?: string): AlarmDifference[] {
  const d: AlarmDifference[] = [];
  const check = (field: string, expected: Value, actual: Value | undefined) => {
    if (actual !== expected) d.push({ field, expected, actual: actual ?? null });
  };
  check("Namespace", s.namespace, a.Namespace);
  check("MetricName", s.metricName, a.MetricName);
  const dims = (a.Dimensions ?? []).map((x) => `${x.Name}=${x.Value}`).join(", ");
  // Account-level SES metrics have no dimensions; a dimension makes the alarm watch a configuration set only.
  check("Dimensions", "", dims);
  check("Statistic", s.statistic, a.Statistic ?? a.ExtendedStatistic);
  check("Period", s.period, a.Period);
  check("EvaluationPeriods", s.evaluationPeriods, a.EvaluationPeriods);
  if (a.DatapointsToAlarm !== undefined) check("DatapointsToAlarm", s.evaluationPeriods, a.DatapointsToAlarm);
  if (a.Threshold === undefined || Math.abs(a.Threshold - s.threshold) > 1e-12)
    d.push({ field: "Threshold", expected: s.threshold, actual: a.Threshold ?? null });
  check("ComparisonOperator", s.comparisonOperator, a.ComparisonOperator);
  check("TreatMissingData", s.treatMissingData, a.TreatMissingData ?? "missing");
  if (a.ActionsEnabled === false) d.push({ field: "ActionsEnabled", expected: true, actual: false });
  const actions = a.AlarmActions ?? [];
  if (actionArn ? !actions.includes(actionArn) : actions.length === 0)
    d.push({ field: "AlarmActions", expected: actionArn ?? "an action", actual: actions.join(", ") || null });
  return d;
}

export function compareAlarm(s: AlarmSpec, a: ObservedAlarm | undefined, actionArn?: string): AlarmCheck {
  const base = { name: s.name, metric: s.metric, level: s.level, threshold: s.threshold };
  if (!a) return { ...base, status: "missing", state: null, stateReason: null, differences: [] };
  const differences = alarmDifferences(s, a, actionArn);
  const status = differences.length > 0 ? "misconfigured" : a.StateValue === "ALARM" ? "alarm" : "ok";
  return { ...base, status, state: a.StateValue ?? null, stateReason: a.StateReason ?? null, differences };
}

/**
 * The PutMetricAlarm input that creates or repairs an alarm. PutMetricAlarm replaces the whole alarm, so actions
 * someone added beside ours are kept.
 */
export function alarmRequest(s: AlarmSpec, actionArn: string, existing?: ObservedAlarm) {
  return {
    AlarmName: s.name,
    AlarmDescription: s.description,
    ActionsEnabled: true,
    AlarmActions: [...new Set([...(existing?.AlarmActions ?? []), actionArn])],
    OKActions: existing?.OKActions ?? [],
    InsufficientDataActions: existing?.InsufficientDataActions ?? [],
    Namespace: s.namespace,
    MetricName: s.metricName,
    Statistic: s.statistic,
    Period: s.period,
    EvaluationPeriods: s.evaluationPeriods,
    DatapointsToAlarm: s.evaluationPeriods,
    Threshold: s.threshold,
    ComparisonOperator: s.comparisonOperator,
    TreatMissingData: s.treatMissingData,
  };
}

/** CloudWatch notifies only SNS topics in the alarm's own region; say so before AWS silently never fires. */
export function actionArnProblem(arn: string, region: string): string | null {
  const m = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}$/.exec(arn.trim());
  if (!m) return "The alarm action must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>).";
  if (m[1] !== region) return `The SNS topic is in ${m[1]}, but alarms in ${region} can only notify topics in ${region}.`;
  return null;
}
