import "server-only";
import { db } from "../db/client";
import { pruneDomainChecks } from "../domains/domain-check-store";
import { env } from "../env";
import { hourOf, rollupHour } from "./rollup";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Rolls every finished hour up into one row, then deletes raw readings (domain
 * checks too, but each domain's newest) older than RETAIN_RAW_DAYS and roll-ups
 * older than RETAIN_HOURLY_DAYS. Run by the
 * instance that won the interval, so two instances never roll up at once.
 */
export async function applyRetention(region: string, now = new Date()): Promise<{ rolledUp: number; deleted: number }> {
  const { RETAIN_RAW_DAYS, RETAIN_HOURLY_DAYS } = env();
  const currentHour = hourOf(now);
  const lastRollup = await db().snapshotRollup.findFirst({ where: { region }, orderBy: { hour: "desc" }, select: { hour: true } });
  const from = lastRollup
    ? new Date(lastRollup.hour.getTime() + HOUR)
    : (await db().accountSnapshot.findFirst({ where: { region }, orderBy: { takenAt: "asc" }, select: { takenAt: true } }))?.takenAt;
  let rolledUp = 0;
  if (from && from < currentHour) {
    const raw = await db().accountSnapshot.findMany({
      where: { region, takenAt: { gte: hourOf(from), lt: currentHour } },
      select: {
        takenAt: true,
        ok: true,
        readinessScore: true,
        sentLast24Hours: true,
        max24HourSend: true,
        maxSendRate: true,
        production: true,
        sendingEnabled: true,
        enforcementStatus: true,
      },
      orderBy: { takenAt: "asc" },
    });
    const byHour = new Map<number, typeof raw>();
    for (const r of raw) {
      const h = hourOf(r.takenAt).getTime();
      byHour.set(h, [...(byHour.get(h) ?? []), r]);
    }
    const rows = [...byHour].map(([h, readings]) => ({ region, ...rollupHour(new Date(h), readings) }));
    for (let i = 0; i < rows.length; i += 500) await db().snapshotRollup.createMany({ data: rows.slice(i, i + 500) });
    rolledUp = rows.length;
  }
  const rawCutoff = new Date(now.getTime() - RETAIN_RAW_DAYS * DAY);
  const [snapshots, , , reports] = await db().$transaction([
    db().accountSnapshot.deleteMany({ where: { region, takenAt: { lt: rawCutoff } } }),
    db().collectionRun.deleteMany({ where: { region, startedAt: { lt: rawCutoff } } }),
    db().snapshotRollup.deleteMany({ where: { region, hour: { lt: new Date(now.getTime() - RETAIN_HOURLY_DAYS * DAY) } } }),
    db().readinessReport.deleteMany({ where: { region, lastSeen: { lt: rawCutoff }, snapshots: { none: {} } } }),
  ]);
  const checks = await pruneDomainChecks(region, rawCutoff);
  return { rolledUp, deleted: snapshots.count + reports.count + checks };
}
