import { RATE_LEVELS } from "./levels";
import { renderExposition, type MetricFamily, type Sample } from "./render-exposition";

/** What /metrics knows about one region; anything null or absent is left out of the output. */
export type RegionExport = {
  /** The watched account (registry id). */
  account: string;
  region: string;
  bounceRate?: number | null;
  complaintRate?: number | null;
  /** Event counts over the last 24 hours (CloudWatch Sum). */
  volumes24h?: Partial<Record<"send" | "delivery" | "bounce" | "complaint" | "reject", number | null>>;
  /** Max24HourSend is -1 when unlimited. */
  quota?: { max24Hour: number; maxSendRate: number; sentLast24Hours: number } | null;
  sandbox?: boolean | null;
  sendingEnabled?: boolean | null;
  enforcementStatus?: string | null;
  readinessScore?: number | null;
  /** 0 none, 1 review, 2 pause, 3 paused (see danger.ts). */
  dangerLevel?: number | null;
  /** When the region's data was read, epoch ms. */
  collectedAt?: number | null;
};

const P = "ses_launchpad_";

function family(
  name: string,
  help: string,
  regions: readonly RegionExport[],
  pick: (r: RegionExport) => Array<Sample> | number | boolean | null | undefined,
): MetricFamily {
  const samples: Sample[] = [];
  for (const r of regions) {
    const v = pick(r);
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) samples.push(...v.map((s) => ({ ...s, labels: { account: r.account, region: r.region, ...s.labels } })));
    else samples.push({ labels: { account: r.account, region: r.region }, value: typeof v === "boolean" ? Number(v) : v });
  }
  return { name: `${P}${name}`, help, type: "gauge", samples };
}

export function renderPrometheusMetrics(regions: readonly RegionExport[]): string {
  const thresholds: Sample[] = Object.values(RATE_LEVELS).flatMap((l) => [
    { labels: { metric: l.metric, level: "review" }, value: l.review },
    { labels: { metric: l.metric, level: "at_risk" }, value: l.atRisk },
  ]);
  return renderExposition([
    family("bounce_rate", "SES Reputation.BounceRate as a fraction (0.05 = 5%).", regions, (r) => r.bounceRate),
    family("complaint_rate", "SES Reputation.ComplaintRate as a fraction (0.001 = 0.1%).", regions, (r) => r.complaintRate),
    {
      name: `${P}rate_threshold`,
      help: "AWS's review and at-risk levels for each rate, as fractions (SES enforcement FAQ).",
      type: "gauge",
      samples: thresholds,
    },
    family("events_24h", "SES events over the last 24 hours by type (CloudWatch AWS/SES, Sum).", regions, (r) =>
      Object.entries(r.volumes24h ?? {}).flatMap(([event, v]) => (v === null || v === undefined ? [] : [{ labels: { event }, value: v }])),
    ),
    family("quota_max_24h", "Messages the account may send in 24 hours (+Inf when unlimited).", regions, (r) =>
      r.quota ? (r.quota.max24Hour < 0 ? Infinity : r.quota.max24Hour) : null,
    ),
    family("quota_max_send_rate", "Messages the account may send per second.", regions, (r) => r.quota?.maxSendRate),
    family(
      "sent_last_24h",
      "Messages sent in the last 24 hours, as SES counts them against the quota.",
      regions,
      (r) => r.quota?.sentLast24Hours,
    ),
    family("sandbox", "1 while the account is in the SES sandbox.", regions, (r) => r.sandbox),
    family("sending_enabled", "1 while SES lets the account send.", regions, (r) => r.sendingEnabled),
    family("enforcement_status", "1 for the account's current SES enforcement status.", regions, (r) =>
      r.enforcementStatus ? [{ labels: { status: r.enforcementStatus }, value: 1 }] : null,
    ),
    family("readiness_score", "Production-readiness score, 0 to 100.", regions, (r) => r.readinessScore),
    family(
      "danger_level",
      "How close AWS is to acting on the account: 0 none, 1 review level, 2 pause level, 3 sending paused.",
      regions,
      (r) => r.dangerLevel,
    ),
    family("last_collection_timestamp_seconds", "When the region's data was last read from AWS, Unix seconds.", regions, (r) =>
      r.collectedAt === null || r.collectedAt === undefined ? null : r.collectedAt / 1000,
    ),
  ]);
}
