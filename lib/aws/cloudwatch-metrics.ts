import "server-only";
import { GetMetricDataCommand, type GetMetricDataCommandOutput, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { alignWindow, rangeWindow, type RangeKey } from "../reputation/metric-windows";
import { mergeMetricPages } from "../reputation/merge-metric-pages";
import { alignSeries, latestValue, REPUTATION_QUERIES, type LatestValue, type ReputationPoint } from "../reputation/reputation-series";
import { cloudwatch } from "./clients";

export type SeriesWindow =
  | { range: RangeKey; now?: Date | number }
  /** Explicit windows serve incremental collection: from the last stored point (minus an overlap) to now. */
  | { start: Date | number; end?: Date | number; period?: number; now?: Date | number };

export type FetchOptions = {
  /** Caps the datapoints per page (CloudWatch's default 100,800); smaller pages mean more NextToken calls. */
  maxDatapointsPerPage?: number;
};

export type ReputationSeries = {
  region: string;
  range?: RangeKey;
  startMs: number;
  endMs: number;
  period: number;
  points: ReputationPoint[];
  latest: { bounceRate: LatestValue; complaintRate: LatestValue };
  /** False when any query ended in a status other than Complete; its missing periods stay null. */
  complete: boolean;
  messages: string[];
  /** GetMetricData calls made, and metrics requested across them (what CloudWatch bills). */
  calls: number;
  metricsRequested: number;
};

const ms = (d: Date | number) => (typeof d === "number" ? d : d.getTime());
// A runaway NextToken (a bug on either side) must not loop forever.
const MAX_PAGES = 200;

function windowFor(w: SeriesWindow) {
  const now = ms(w.now ?? Date.now());
  const queries = REPUTATION_QUERIES.length;
  if ("range" in w) return { ...rangeWindow(w.range, now, queries), range: w.range };
  return alignWindow(ms(w.start), ms(w.end ?? now), now, queries, w.period);
}

const queries = (period: number): MetricDataQuery[] =>
  REPUTATION_QUERIES.map((q) => ({
    Id: q.id,
    MetricStat: { Metric: { Namespace: "AWS/SES", MetricName: q.metricName }, Period: period, Stat: q.stat },
    ReturnData: true,
  }));

/**
 * Every account-level AWS/SES reputation and volume series for one window, in one GetMetricData request
 * (followed through NextToken pages). Throttling is retried by the SDK client; what still fails propagates.
 */
export async function fetchReputationSeries(region: string, window: SeriesWindow, opts: FetchOptions = {}): Promise<ReputationSeries> {
  const w = windowFor(window);
  const input = {
    MetricDataQueries: queries(w.period),
    StartTime: new Date(w.startMs),
    EndTime: new Date(w.endMs),
    ScanBy: "TimestampAscending" as const,
    MaxDatapoints: opts.maxDatapointsPerPage,
  };
  const pages: GetMetricDataCommandOutput[] = [];
  let token: string | undefined;
  do {
    const page = await cloudwatch(region).send(new GetMetricDataCommand({ ...input, NextToken: token }));
    pages.push(page);
    token = page.NextToken;
  } while (token && pages.length < MAX_PAGES);
  const { byId, incomplete, messages } = mergeMetricPages(
    pages,
    REPUTATION_QUERIES.map((q) => q.id),
  );
  const points = alignSeries(w.startMs, w.endMs, w.period, byId);
  return {
    region,
    range: "range" in w ? w.range : undefined,
    startMs: w.startMs,
    endMs: w.endMs,
    period: w.period,
    points,
    latest: { bounceRate: latestValue(points, "bounceRate"), complaintRate: latestValue(points, "complaintRate") },
    complete: incomplete.length === 0,
    messages: [...incomplete, ...messages],
    calls: pages.length,
    metricsRequested: pages.length * REPUTATION_QUERIES.length,
  };
}
