import "server-only";
import { db } from "../db/client";
import { testSendOutcome } from "./test-send-outcome";

export type EventFilter = { q?: string; domain?: string; type?: string; from?: string; to?: string };

const DAY = 86_400_000;
const validDate = (s: string | undefined, endOfDay = false) => {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : new Date(endOfDay ? t + DAY : t);
};

/** type is an event kind (bounce, complaint, delivery...) or a bounce type (Permanent, Transient). */
function where(region: string, f: EventFilter) {
  const occurredAt = {
    ...(validDate(f.from) ? { gte: validDate(f.from) } : {}),
    ...(validDate(f.to, true) ? { lt: validDate(f.to, true) } : {}),
  };
  const type = f.type === "Permanent" || f.type === "Transient" ? { kind: "bounce", bounceType: f.type } : f.type ? { kind: f.type } : {};
  return {
    region,
    ...(f.q ? { recipient: { contains: f.q.trim().toLowerCase() } } : {}),
    ...(f.domain ? { recipientDomain: f.domain.trim().toLowerCase() } : {}),
    ...type,
    ...(Object.keys(occurredAt).length ? { occurredAt } : {}),
  };
}

export async function listEvents(region: string, f: EventFilter, take = 100) {
  return db().mailEvent.findMany({ where: where(region, f), orderBy: { occurredAt: "desc" }, take });
}

export type DayCount = { day: string; bounce: number; complaint: number; delivery: number };

/** Per-day and per-domain counts of the last `days` days, bucketed here so the query is the same on both databases. */
export async function eventCounts(region: string, days = 30) {
  const since = new Date(Date.now() - days * DAY);
  const rows = await db().mailEvent.findMany({
    where: { region, occurredAt: { gte: since }, kind: { in: ["bounce", "complaint", "delivery"] } },
    select: { occurredAt: true, kind: true, recipientDomain: true },
  });
  const byDay = new Map<string, DayCount>();
  const byDomain = new Map<string, { domain: string; bounce: number; complaint: number; delivery: number }>();
  for (const r of rows) {
    const day = r.occurredAt.toISOString().slice(0, 10);
    const k = r.kind as "bounce" | "complaint" | "delivery";
    const d = byDay.get(day) ?? { day, bounce: 0, complaint: 0, delivery: 0 };
    d[k]++;
    byDay.set(day, d);
    const m = byDomain.get(r.recipientDomain) ?? { domain: r.recipientDomain, bounce: 0, complaint: 0, delivery: 0 };
    m[k]++;
    byDomain.set(r.recipientDomain, m);
  }
  return {
    days: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
    domains: [...byDomain.values()].sort((a, b) => b.bounce + b.complaint - (a.bounce + a.complaint)).slice(0, 10),
  };
}

export async function topBounceReasons(region: string, take = 8) {
  const groups = await db().mailEvent.groupBy({
    by: ["bounceType", "bounceSubType", "diagnostic"],
    where: { region, kind: "bounce" },
    _count: { _all: true },
  });
  return groups
    .map((g) => ({
      bounceType: g.bounceType ?? "",
      bounceSubType: g.bounceSubType ?? "",
      diagnostic: g.diagnostic ?? "",
      count: g._count._all,
    }))
    .sort((a, b) => b.count - a.count)
    .slice(0, take);
}

export async function recentComplaints(region: string, take = 20) {
  return db().mailEvent.findMany({ where: { region, kind: "complaint" }, orderBy: { occurredAt: "desc" }, take });
}

export async function listSuppressions(q: string | undefined, take = 200) {
  const w = q ? { address: { contains: q.trim().toLowerCase() } } : {};
  const [rows, total] = await Promise.all([
    db().suppression.findMany({ where: w, orderBy: { createdAt: "desc" }, take }),
    db().suppression.count({ where: w }),
  ]);
  return { rows, total };
}

/** The latest test sends, each with what came back for its SES MessageId. */
export async function recentTestSends(region: string, take = 5, now = new Date()) {
  const sends = await db().testSend.findMany({ where: { region }, orderBy: { createdAt: "desc" }, take });
  const ids = sends.flatMap((t) => (t.sesMessageId ? [t.sesMessageId] : []));
  const events = ids.length ? await db().mailEvent.findMany({ where: { sesMessageId: { in: ids } } }) : [];
  return sends.map((t) => ({ ...t, outcome: testSendOutcome(t, events, now) }));
}

export async function recentMessages(take = 10) {
  return db().snsMessage.findMany({
    orderBy: { receivedAt: "desc" },
    take,
    select: { messageId: true, type: true, status: true, error: true, receivedAt: true, topicArn: true },
  });
}
