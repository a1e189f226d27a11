import { formatRate, RATE_LEVELS, type RateMetric } from "@/lib/reputation/levels";
import type { CurrentRate } from "@/lib/reputation/current-reputation";
import type { RateTrend } from "@/lib/reputation/rate-trend";
import { formatDuration, formatLevel, utcMinute } from "./format-duration";
import { RateStatusBadge } from "./rate-status-badge";

const LEVEL_WORDS = { review: "the review level", "at-risk": "the pause level", healthy: "healthy" } as const;

function TrendLine({ trend, digits }: { trend: RateTrend; digits: number }) {
  if (trend.direction === "unknown") return <>Not enough recent points for a trend.</>;
  const perDay =
    trend.slopePerDay === null ? "" : ` (${trend.slopePerDay >= 0 ? "+" : ""}${(trend.slopePerDay * 100).toFixed(digits)} points a day)`;
  if (trend.direction !== "rising")
    return (
      <>
        {trend.direction === "flat" ? "Flat" : "Falling"} over the last 24 hours{perDay}; no crossing projected.
      </>
    );
  if (!trend.crossing) return <>Rising over the last 24 hours{perDay}, already at the pause level.</>;
  return (
    <>
      Rising over the last 24 hours{perDay}: at this slope it reaches {LEVEL_WORDS[trend.crossing.level]} (
      {formatLevel(trend.crossing.threshold)}) in {formatDuration(Math.max(0, trend.crossing.inMs))}, around {utcMinute(trend.crossing.at)}.
    </>
  );
}

/** One rate as a big figure with its verdict, the levels it is judged against, and where it is heading. */
export function RateFigure({
  metric,
  rate,
  volume,
  minVolume,
  trend,
}: {
  metric: RateMetric;
  rate: CurrentRate;
  volume: number | null;
  minVolume: number;
  trend: RateTrend;
}) {
  const l = RATE_LEVELS[metric];
  const digits = metric === "complaint" ? 3 : 2;
  return (
    <div className="space-y-2" data-testid={`${metric}-rate`}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">{l.label}</h2>
        <RateStatusBadge status={rate.status} />
      </div>
      <p className="text-4xl font-bold tabular-nums" data-testid={`${metric}-rate-value`}>
        {rate.value === null ? "—" : formatRate(rate.value, digits)}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {rate.status === "not-enough-volume"
          ? `Not enough volume for a verdict: ${volume ?? 0} messages in the last 24 hours, under the ${minVolume} this dashboard requires.`
          : `Over ${volume ?? 0} messages sent in the last 24 hours.`}
        {rate.at !== null && ` CloudWatch ${l.cloudWatchMetric}, period starting ${utcMinute(rate.at)}.`}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Healthy under {formatLevel(l.review)} · review from {formatLevel(l.review)} · sending may be paused from {formatLevel(l.atRisk)}.
      </p>
      <p className="text-sm" data-testid={`${metric}-trend`}>
        <TrendLine trend={trend} digits={digits} />
      </p>
    </div>
  );
}
