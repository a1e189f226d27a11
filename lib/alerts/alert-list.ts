import "server-only";
import { db } from "../db/client";
import type { Delivery } from "./run-alerts";

export type AlertRow = {
  id: string;
  region: string;
  kind: string;
  severity: string;
  title: string;
  message: string;
  createdAt: Date;
  deliveries: Delivery[];
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
};

// Deliveries stored before the webhook's answer was kept out quote its first 200 characters: every role sees this list.
const withoutAnswer = (d: Delivery): Delivery =>
  d.channel === "webhook" && !d.ok ? { ...d, detail: d.detail.replace(/^(The webhook answered HTTP \d+):[\s\S]*$/, "$1.") } : d;

function parseDeliveries(json: string | null): Delivery[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as Delivery[]).map(withoutAnswer) : [];
  } catch {
    return [];
  }
}

/** Newest first; unacknowledged only when asked. */
export async function listAlerts(opts: { region?: string; unacknowledgedOnly?: boolean; limit?: number } = {}): Promise<AlertRow[]> {
  const rows = await db().alert.findMany({
    where: { ...(opts.region ? { region: opts.region } : {}), ...(opts.unacknowledgedOnly ? { acknowledgedAt: null } : {}) },
    orderBy: { createdAt: "desc" },
    take: opts.limit ?? 100,
  });
  return rows.map((r) => ({
    id: r.id,
    region: r.region,
    kind: r.kind,
    severity: r.severity,
    title: r.title,
    message: r.message,
    createdAt: r.createdAt,
    deliveries: parseDeliveries(r.deliveries),
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedBy: r.acknowledgedBy,
  }));
}

/** Marks an alert seen; acknowledging twice keeps the first acknowledgement. Returns false for an unknown id. */
export async function acknowledgeAlert(id: string, by: string, now = new Date()): Promise<boolean> {
  const done = await db().alert.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: now, acknowledgedBy: by } });
  if (done.count > 0) return true;
  return (await db().alert.count({ where: { id } })) > 0;
}
