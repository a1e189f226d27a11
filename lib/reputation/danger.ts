/**
 * One danger level per account and region: how close AWS is to reviewing or pausing the account, from
 * CloudWatch's reputation rates (judged only over enough volume), the enforcement status and the sending
 * status. Pure: the collector computes it with each reading and stores it with the checklist, so every
 * page shows it without an AWS call.
 */
import { atOrAbove, DEFAULT_MIN_VOLUME, formatRate, levelOf, RATE_LEVELS, type RateMetric } from "./levels";

export type DangerLevel = "none" | "review" | "pause" | "paused";
export type DangerMetric = "bounce-rate" | "complaint-rate" | "enforcement-status" | "sending";

export type DangerReason = {
  metric: DangerMetric;
  /** A rate as a fraction (0.12 = 12 %), or the status AWS reported. */
  value: number | string;
  level: Exclude<DangerLevel, "none">;
  /** The level crossed, for rates (a fraction). */
  threshold?: number;
  /** ISO time since which this reason has held, as far as the dashboard has observed. */
  since: string;
  /** One sentence a person reads. */
  text: string;
};

export type Danger = { level: DangerLevel; reasons: DangerReason[]; at: string };

const ORDER: Record<DangerLevel, number> = { none: 0, review: 1, pause: 2, paused: 3 };

export const dangerSeverity = (level: DangerLevel): number => ORDER[level];
export const worseLevel = (a: DangerLevel, b: DangerLevel): DangerLevel => (ORDER[b] > ORDER[a] ? b : a);

/** A rate's recent periods, oldest first; null where CloudWatch published nothing. */
export type RatePoint = { t: number; value: number | null };

export type DangerInput = {
  at: string;
  account?: { sendingEnabled: boolean; enforcementStatus: string; at: string };
  rates?: {
    /** Messages sent in the window the rates cover: under `minVolume` the rates are noise, not a verdict. */
    sends: number;
    minVolume?: number;
    bounce?: { value: number; at: string; points?: RatePoint[] };
    complaint?: { value: number; at: string; points?: RatePoint[] };
  };
  /** The previous reading's danger: a reason that still holds keeps its first "since". */
  previous?: Danger | null;
};

/** Start of the trailing run of periods at or above the threshold (gaps do not break a run); null when the newest value is below. */
export function runStart(points: readonly RatePoint[], threshold: number): number | null {
  let start: number | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.value === null) continue;
    if (atOrAbove(p.value, threshold)) start = p.t;
    else break;
  }
  return start;
}

const STATUS_LEVEL: Record<string, Exclude<DangerLevel, "none"> | undefined> = { PROBATION: "review", SHUTDOWN: "paused" };

/** The level an enforcement status puts the account at. A status SES may add later counts as a review until someone reads it: never as healthy. */
export function enforcementDanger(status: string): "review" | "paused" | undefined {
  if (!status || status === "HEALTHY" || status === "UNKNOWN") return undefined;
  return STATUS_LEVEL[status] === "paused" ? "paused" : "review";
}

function statusReasons(a: NonNullable<DangerInput["account"]>): Omit<DangerReason, "since">[] {
  const out: Omit<DangerReason, "since">[] = [];
  if (!a.sendingEnabled)
    out.push({ metric: "sending", value: "disabled", level: "paused", text: "Sending is disabled for this account: no mail leaves." });
  const status = a.enforcementStatus;
  const level = enforcementDanger(status);
  if (level) {
    out.push({
      metric: "enforcement-status",
      value: status,
      level,
      text:
        level === "paused"
          ? `Enforcement status ${status}: AWS has paused sending.`
          : `Enforcement status ${status}: AWS is reviewing the account.`,
    });
  }
  return out;
}

function rateReason(
  metric: RateMetric,
  rate: { value: number; at: string; points?: RatePoint[] },
): (Omit<DangerReason, "since"> & { crossedAt?: number }) | null {
  const L = RATE_LEVELS[metric];
  const rateLevel = levelOf(metric, rate.value);
  if (rateLevel === "healthy") return null;
  const level = rateLevel === "at-risk" ? "pause" : "review";
  const threshold = level === "pause" ? L.atRisk : L.review;
  const crossedAt = rate.points ? runStart(rate.points, threshold) : null;
  const consequence = level === "pause" ? "where AWS may pause sending" : "where AWS reviews the account";
  return {
    metric: `${metric}-rate`,
    value: rate.value,
    level,
    threshold,
    text: `${L.label} ${formatRate(rate.value)}: at or above ${formatRate(threshold, threshold < 0.01 ? 1 : 0)}, ${consequence}.`,
    crossedAt: crossedAt ?? undefined,
  };
}

/** The earliest "since" this reason can claim: the previous reading's, if it held then at this level or worse. */
function sinceOf(reason: { metric: DangerMetric; level: DangerLevel }, observed: string, previous?: Danger | null): string {
  const earlier =
    previous?.reasons.filter((r) => r.metric === reason.metric && ORDER[r.level] >= ORDER[reason.level]).map((r) => r.since) ?? [];
  return [observed, ...earlier].sort()[0]!;
}

export function assessDanger(input: DangerInput): Danger {
  const reasons: DangerReason[] = [];
  if (input.account) {
    for (const r of statusReasons(input.account)) reasons.push({ ...r, since: sinceOf(r, input.account.at, input.previous) });
  }
  const rates = input.rates;
  if (rates && rates.sends >= (rates.minVolume ?? DEFAULT_MIN_VOLUME) && rates.sends > 0) {
    for (const metric of ["bounce", "complaint"] as const) {
      const rate = rates[metric];
      const found = rate && rateReason(metric, rate);
      if (!found || !rate) continue;
      const { crossedAt, ...reason } = found;
      reasons.push({
        ...reason,
        since: sinceOf(reason, crossedAt !== undefined ? new Date(crossedAt).toISOString() : rate.at, input.previous),
      });
    }
  }
  reasons.sort((a, b) => ORDER[b.level] - ORDER[a.level] || a.since.localeCompare(b.since));
  return { level: reasons[0]?.level ?? "none", reasons, at: input.at };
}

/** The worst of several regions' dangers, with the region it comes from. */
export function worstDanger<T extends { danger: Danger }>(items: readonly T[]): T | null {
  let worst: T | null = null;
  for (const item of items)
    if (item.danger.level !== "none" && (!worst || ORDER[item.danger.level] > ORDER[worst.danger.level])) worst = item;
  return worst;
}

/** The runbook that applies to a reason. */
export function runbookFor(reason: DangerReason): "high-bounce-rate" | "high-complaint-rate" | "sending-paused" {
  if (reason.metric === "bounce-rate") return "high-bounce-rate";
  if (reason.metric === "complaint-rate") return "high-complaint-rate";
  return "sending-paused";
}

export const DANGER_LABEL: Record<DangerLevel, string> = {
  none: "Healthy",
  review: "At review level",
  pause: "At pause level",
  paused: "Sending paused",
};
