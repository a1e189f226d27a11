/**
 * AWS's reputation levels as data, with where they come from. Rates are fractions (0.05 = 5 %), as
 * CloudWatch publishes `Reputation.*`.
 */
export type RateMetric = "bounce" | "complaint";
export type RateLevel = "healthy" | "review" | "at-risk";
export type RateStatus = RateLevel | "not-enough-volume";

export type MetricLevels = {
  metric: RateMetric;
  label: string;
  cloudWatchMetric: string;
  /** At or above this the account may be placed under review. */
  review: number;
  /** At or above this AWS may pause sending. */
  atRisk: number;
  /** AWS's advice for a comfortable margin. */
  bestPractice: number;
};

export const LEVELS_SOURCE = {
  title: "Amazon SES enforcement FAQ",
  url: "https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html",
  // The FAQ says "5% or greater" and "10% or greater"; an older page says "exceeds", and the FAQ is canonical.
  wording:
    "Bounce rate of 5% or greater: account under review; 10% or greater: sending may be paused. Complaint rate of 0.1% or greater: review; 0.5% or greater: sending may be paused.",
} as const;

export const RATE_LEVELS: Record<RateMetric, MetricLevels> = {
  bounce: {
    metric: "bounce",
    label: "Bounce rate",
    cloudWatchMetric: "Reputation.BounceRate",
    review: 0.05,
    atRisk: 0.1,
    bestPractice: 0.02,
  },
  complaint: {
    metric: "complaint",
    label: "Complaint rate",
    cloudWatchMetric: "Reputation.ComplaintRate",
    review: 0.001,
    atRisk: 0.005,
    bestPractice: 0.001,
  },
};

export const DEFAULT_MIN_VOLUME = 100;

/** Guards the boundary against floating-point noise: 3/60 must count as exactly 5 %. */
const EPSILON = 1e-12;

/** Whether a rate has reached a level: AWS's levels count "or greater". */
export const atOrAbove = (value: number, threshold: number): boolean => value >= threshold - EPSILON;

/** The level a rate alone puts the account at, without the volume check. */
export function levelOf(metric: RateMetric, value: number): RateLevel {
  const l = RATE_LEVELS[metric];
  if (atOrAbove(value, l.atRisk)) return "at-risk";
  if (atOrAbove(value, l.review)) return "review";
  return "healthy";
}

/** A rate over fewer than `minVolume` messages is noise, not a verdict. */
export function classifyRate(
  metric: RateMetric,
  value: number | null | undefined,
  volume: number,
  minVolume = DEFAULT_MIN_VOLUME,
): RateStatus {
  if (value === null || value === undefined || !Number.isFinite(value) || volume < minVolume || volume <= 0) return "not-enough-volume";
  return levelOf(metric, value);
}

const SEVERITY: Record<RateLevel, number> = { healthy: 0, review: 1, "at-risk": 2 };

export const levelSeverity = (level: RateLevel): number => SEVERITY[level];

/** The threshold the rate would cross next, or null when it is already at risk. */
export function nextThreshold(metric: RateMetric, level: RateLevel): { level: RateLevel; value: number } | null {
  const l = RATE_LEVELS[metric];
  if (level === "healthy") return { level: "review", value: l.review };
  if (level === "review") return { level: "at-risk", value: l.atRisk };
  return null;
}

export const formatRate = (value: number, digits = 2): string => `${(value * 100).toFixed(digits)}%`;
