import "server-only";
import { db } from "../db/client";

export type HistoryPoint = { t: number; score: number | null; sent: number | null; quota: number | null };
export type HistoryRange = "7d" | "30d" | "90d" | "1y" | "2y";

export const HISTORY_RANGES: Record<HistoryRange, { days: number; label: string }> = {
  "7d": { days: 7, label: "7 days" },
  "30d": { days: 30, label: "30 days" },
  "90d": { days: 90, label: "90 days" },
  "1y": { days: 365, label: "1 year" },
  "2y": { days: 730, label: "2 years" },
};

export const isHistoryRange = (v: unknown): v is HistoryRange => typeof v === "string" && v in HISTORY_RANGES;

const DAY = 86_400_000;

/** Readings after the last roll-up: the current hour, and any hour the collector has not rolled up yet. */
async function notRolledUpSince(region: string, since: Date): Promise<Date> {
  const last = await db().snapshotRollup.findFirst({ where: { region }, orderBy: { hour: "desc" }, select: { hour: true } });
  const after = last ? new Date(last.hour.getTime() + 3_600_000) : since;
  return after > since ? after : since;
}

/**
 * Score and quota usage over time, from the roll-ups (hourly for a week, daily
 * beyond, grouped in SQL), plus the raw readings not rolled up yet.
 */
export async function getHistorySeries(region: string, range: HistoryRange, now = new Date()): Promise<HistoryPoint[]> {
  const since = new Date(now.getTime() - HISTORY_RANGES[range].days * DAY);
  const recent = db().accountSnapshot.findMany({
    where: { region, ok: true, takenAt: { gte: await notRolledUpSince(region, since) } },
    select: { takenAt: true, readinessScore: true, sentLast24Hours: true, max24HourSend: true },
    orderBy: { takenAt: "asc" },
  });
  let points: HistoryPoint[];
  if (range === "7d") {
    const rows = await db().snapshotRollup.findMany({
      where: { region, hour: { gte: since } },
      select: { hour: true, readinessScore: true, sentLast24Hours: true, max24HourSend: true },
      orderBy: { hour: "asc" },
    });
    points = rows.map((r) => ({ t: r.hour.getTime(), score: r.readinessScore, sent: r.sentLast24Hours, quota: r.max24HourSend }));
  } else {
    const rows = await db().snapshotRollup.groupBy({
      by: ["day"],
      where: { region, day: { gte: since.toISOString().slice(0, 10) } },
      _avg: { readinessScore: true },
      _max: { sentLast24Hours: true, max24HourSend: true },
      orderBy: { day: "asc" },
    });
    points = rows.map((r) => ({
      t: Date.parse(`${r.day}T00:00:00Z`),
      score: r._avg.readinessScore,
      sent: r._max.sentLast24Hours,
      quota: r._max.max24HourSend,
    }));
  }
  const tail = (await recent).map((r) => ({
    t: r.takenAt.getTime(),
    score: r.readinessScore,
    sent: r.sentLast24Hours,
    quota: r.max24HourSend,
  }));
  return [...points, ...tail];
}

/** Daily peak of "sent in the last 24 hours" for the overview's usage chart. */
export async function getDailyUsage(region: string, days = 30, now = new Date()): Promise<{ day: string; sent: number; quota: number }[]> {
  const since = new Date(now.getTime() - days * DAY);
  const [rolled, raw] = await Promise.all([
    db().snapshotRollup.groupBy({
      by: ["day"],
      where: { region, day: { gte: since.toISOString().slice(0, 10) } },
      _max: { sentLast24Hours: true, max24HourSend: true },
      orderBy: { day: "asc" },
    }),
    db().accountSnapshot.findMany({
      where: { region, ok: true, takenAt: { gte: await notRolledUpSince(region, since) } },
      select: { takenAt: true, sentLast24Hours: true, max24HourSend: true },
    }),
  ]);
  const byDay = new Map(rolled.map((r) => [r.day, { day: r.day, sent: r._max.sentLast24Hours ?? 0, quota: r._max.max24HourSend ?? 0 }]));
  for (const r of raw) {
    const day = r.takenAt.toISOString().slice(0, 10);
    const d = byDay.get(day) ?? { day, sent: 0, quota: 0 };
    byDay.set(day, { day, sent: Math.max(d.sent, r.sentLast24Hours ?? 0), quota: Math.max(d.quota, r.max24HourSend ?? 0) });
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

export async function getAccountEvents(region: string, limit = 100) {
  return db().accountEvent.findMany({ where: { region }, orderBy: { at: "desc" }, take: limit });
}
