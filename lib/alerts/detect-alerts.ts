import { levelSeverity, type RateLevel, type RateMetric, type RateStatus } from "../reputation/levels";

/** One collection's reading for a region. Rates carry their status from classifyRate. */
export type RegionReading = {
  region: string;
  /** When the reading was taken, epoch ms: part of each alert's key, so a re-run of the same collection dedupes. */
  at: number;
  bounce: { value: number | null; status: RateStatus };
  complaint: { value: number | null; status: RateStatus };
  sendingEnabled: boolean | null;
  enforcementStatus: string | null;
  /** The production-access review (PENDING, GRANTED, DENIED, FAILED); null when no request was made. */
  reviewStatus: string | null;
  /** Whether SES notifications come back for the mail sent; absent when it was not read. */
  pipeline?: PipelineFacts | null;
};

export type PipelineFacts = {
  status: "ok" | "silent" | "idle" | "unwatched";
  sends: number;
  silenceHours: number;
  lastProcessedAt?: string;
};

/** What to keep between collections. Levels are the last verdicts: a reading without one leaves them as they were. */
export type AlertState = {
  bounceLevel: RateLevel;
  complaintLevel: RateLevel;
  sendingEnabled: boolean;
  enforcementStatus: string;
  /** Absent in a state stored before reviews were followed: the first reading then sets it without alerting. */
  reviewStatus?: string | null;
  /** Whether notifications were last seen coming back; absent (as good as "ok") before the pipeline was followed. */
  pipeline?: "ok" | "silent";
};

export type AlertKind =
  | "rate-level"
  | "sending-paused"
  | "sending-resumed"
  | "enforcement-status"
  | "review-status"
  | "domain-status"
  | "notifications-silent"
  | "notifications-resumed";
export type AlertSeverity = "info" | "warning" | "critical";

export type Alert = {
  key: string;
  region: string;
  at: number;
  kind: AlertKind;
  severity: AlertSeverity;
  metric?: RateMetric;
  from?: string;
  to?: string;
  value?: number | null;
  /** What the alert is about when it is not the whole account, e.g. a domain. */
  subject?: string;
  part?: string;
  /** For the notification-pipeline alerts: the sends and the last processed notification behind the verdict. */
  pipeline?: PipelineFacts;
};

/** A fresh account is assumed healthy, so the first reading alerts only on what is actually wrong. */
export const INITIAL_ALERT_STATE: AlertState = {
  bounceLevel: "healthy",
  complaintLevel: "healthy",
  sendingEnabled: true,
  enforcementStatus: "HEALTHY",
};

const RATE_SEVERITY: Record<RateLevel, AlertSeverity> = { healthy: "info", review: "warning", "at-risk": "critical" };
const ENFORCEMENT_SEVERITY: Record<string, AlertSeverity> = { SHUTDOWN: "critical", PROBATION: "warning" };
const REVIEW_SEVERITY: Record<string, AlertSeverity> = { DENIED: "warning", FAILED: "warning" };

const verdict = (status: RateStatus, kept: RateLevel): RateLevel => (status === "not-enough-volume" ? kept : status);

/**
 * The alerts one collection raises: one per change, never one per collection. A rate that stays above a
 * level raises nothing; dropping below and crossing again raises again. Also returns the state to store.
 */
export function detectAlerts(previous: AlertState | null, r: RegionReading): { alerts: Alert[]; state: AlertState } {
  const prev = previous ?? INITIAL_ALERT_STATE;
  const state: AlertState = {
    bounceLevel: verdict(r.bounce.status, prev.bounceLevel),
    complaintLevel: verdict(r.complaint.status, prev.complaintLevel),
    sendingEnabled: r.sendingEnabled ?? prev.sendingEnabled,
    enforcementStatus: r.enforcementStatus ?? prev.enforcementStatus,
    reviewStatus: r.reviewStatus ?? prev.reviewStatus ?? null,
    pipeline: pipelineVerdict(r.pipeline) ?? prev.pipeline,
  };
  const alerts: Alert[] = [];
  const raise = (a: Omit<Alert, "key" | "region" | "at">) =>
    alerts.push({ ...a, region: r.region, at: r.at, key: [r.region, a.kind, a.metric ?? "", a.to ?? "", r.at].join(":") });

  for (const metric of ["bounce", "complaint"] as const) {
    const from = metric === "bounce" ? prev.bounceLevel : prev.complaintLevel;
    const to = metric === "bounce" ? state.bounceLevel : state.complaintLevel;
    if (from === to) continue;
    // Getting better is good news worth a note, never an alarm.
    const severity = levelSeverity(to) > levelSeverity(from) ? RATE_SEVERITY[to] : "info";
    raise({ kind: "rate-level", severity, metric, from, to, value: r[metric].value });
  }
  if (prev.sendingEnabled && !state.sendingEnabled) raise({ kind: "sending-paused", severity: "critical" });
  if (!prev.sendingEnabled && state.sendingEnabled) raise({ kind: "sending-resumed", severity: "info" });
  if (prev.enforcementStatus !== state.enforcementStatus) {
    raise({
      kind: "enforcement-status",
      severity: ENFORCEMENT_SEVERITY[state.enforcementStatus] ?? "info",
      from: prev.enforcementStatus,
      to: state.enforcementStatus,
    });
  }
  // A state without the key predates review tracking (or is the first run): adopt the current review silently.
  const reviewKnown = previous !== null && previous.reviewStatus !== undefined;
  if (reviewKnown && state.reviewStatus && prev.reviewStatus !== state.reviewStatus) {
    raise({
      kind: "review-status",
      severity: REVIEW_SEVERITY[state.reviewStatus] ?? "info",
      from: prev.reviewStatus ?? "none",
      to: state.reviewStatus,
    });
  }
  // Silence means mail goes out while bounces go unhandled; it is raised once, and its end is news.
  const wasSilent = prev.pipeline === "silent";
  if (!wasSilent && state.pipeline === "silent")
    raise({ kind: "notifications-silent", severity: "warning", to: "silent", pipeline: r.pipeline ?? undefined });
  if (wasSilent && state.pipeline === "ok")
    raise({ kind: "notifications-resumed", severity: "info", to: "ok", pipeline: r.pipeline ?? undefined });
  return { alerts, state };
}

/** Idle (nothing sent) and unwatched (no subscription) say nothing about the pipeline: the last verdict stands. */
const pipelineVerdict = (p: PipelineFacts | null | undefined): AlertState["pipeline"] =>
  p?.status === "ok" || p?.status === "silent" ? p.status : undefined;
