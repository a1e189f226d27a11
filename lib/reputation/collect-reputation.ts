import "server-only";
import { fetchReputationSeries } from "../aws/cloudwatch-metrics";
import { describeAwsError } from "../aws/describe-aws-error";
import { refreshAlarmStatus, type StoredAlarmStatus } from "./alarm-status";
import { planCollection, type PlannedWindow } from "./collection-plan";
import { readJsonSetting, writeJsonSetting } from "./json-setting";
import { pointsToRows } from "./sample-rows";
import { lastStoredAt, storeSamples } from "./store-samples";

export type ReputationCollection = {
  region: string;
  /** The windows asked for (epoch ms), as planned: two on first connection, then one. */
  windows: PlannedWindow[];
  created: number;
  updated: number;
  calls: number;
  metricsRequested: number;
  /** False when CloudWatch left a query short (PartialData, errors); what came back is stored, the rest stays a gap. */
  complete: boolean;
  messages: string[];
  /** Set when GetMetricData failed: nothing of the failing window is stored, and the next run asks again. */
  error: string | null;
  alarms: StoredAlarmStatus | null;
};

const collectedKey = (region: string) => `reputation.collected-until.${region}`;

/**
 * Reads the AWS/SES metrics of one region since the last collection and stores them as ReputationSample rows,
 * then checks the recommended alarms. Incremental: only the periods since the last collection (with the plan's
 * overlap) are asked for, and a re-read period updates its row instead of adding one. A periods-without-data
 * account stays cheap too: the end of the last collected window is remembered, not only the last stored row.
 */
export async function collectReputation(
  region: string,
  now: Date = new Date(),
  opts: { checkAlarms?: boolean; maxDatapointsPerPage?: number } = {},
): Promise<ReputationCollection> {
  const nowMs = now.getTime();
  const collectedUntil = (await readJsonSetting<number>(collectedKey(region))) ?? (await lastStoredAt(region));
  const windows = planCollection(collectedUntil, nowMs);
  const out: ReputationCollection = {
    region,
    windows,
    created: 0,
    updated: 0,
    calls: 0,
    metricsRequested: 0,
    complete: true,
    messages: [],
    error: null,
    alarms: null,
  };
  let reachedMs: number | null = null;
  try {
    for (const [i, w] of windows.entries()) {
      const series = await fetchReputationSeries(
        region,
        { start: w.start, end: w.end, period: w.period, now: nowMs },
        { maxDatapointsPerPage: opts.maxDatapointsPerPage },
      );
      out.calls += series.calls;
      out.metricsRequested += series.metricsRequested;
      out.complete &&= series.complete;
      out.messages.push(...series.messages);
      // Aligning widens a window to whole periods; the next (finer) window owns the time it starts at.
      const until = windows[i + 1]?.start ?? Infinity;
      const rows = pointsToRows(series.points.filter((p) => p.t + series.period * 1000 <= until || until === Infinity));
      const stored = await storeSamples(region, series.period, rows);
      out.created += stored.created;
      out.updated += stored.updated;
      reachedMs = Math.min(nowMs, series.endMs);
    }
  } catch (e) {
    out.error = describeAwsError(e, "cloudwatch:GetMetricData");
  }
  // An incomplete answer is asked again next time: only a complete run moves the mark forward.
  if (reachedMs !== null && !out.error && out.complete) await writeJsonSetting(collectedKey(region), reachedMs);
  if (opts.checkAlarms ?? true) out.alarms = await refreshAlarmStatus(region, now);
  return out;
}
