import "server-only";
import { db } from "../db/client";
import { sameValues, SAMPLE_FIELDS, type SampleRow, type SampleValues } from "./sample-rows";
import { currentAccountId } from "../accounts/account-context";

const CHUNK = 500;

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

/**
 * Writes one window's rows of one period. Rows already stored are updated only when CloudWatch now says
 * something else (the newest bucket was still filling); new rows are inserted in chunks. The unique key
 * (region, period, at) is the last word: a collector racing this one makes us fall back to row-by-row upserts.
 */
export async function storeSamples(
  region: string,
  period: number,
  rows: readonly SampleRow[],
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const first = rows[0]!.at;
  const last = rows.at(-1)!.at;
  const existing = await db().reputationSample.findMany({
    where: { region, period, at: { gte: new Date(first), lte: new Date(last) } },
    select: { id: true, at: true, ...Object.fromEntries(SAMPLE_FIELDS.map((f) => [f, true])) },
  });
  const byAt = new Map(existing.map((e) => [e.at.getTime(), e as unknown as { id: string } & SampleValues]));
  const fresh: SampleRow[] = [];
  const changed: Array<{ id: string; row: SampleRow }> = [];
  for (const r of rows) {
    const old = byAt.get(r.at);
    if (!old) fresh.push(r);
    else if (!sameValues(old, r)) changed.push({ id: old.id, row: r });
  }
  const data = (r: SampleRow) => ({ region, period, at: new Date(r.at), ...Object.fromEntries(SAMPLE_FIELDS.map((f) => [f, r[f]])) });
  let created = 0;
  for (let i = 0; i < fresh.length; i += CHUNK) {
    const chunk = fresh.slice(i, i + CHUNK);
    try {
      created += (await db().reputationSample.createMany({ data: chunk.map(data) })).count;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const account = await currentAccountId();
      for (const r of chunk) {
        const { region: _r, period: _p, at, ...values } = data(r);
        await db().reputationSample.upsert({
          where: { account_region_period_at: { account, region, period, at } },
          create: data(r),
          update: values,
        });
      }
      created += chunk.length;
    }
  }
  for (const { id, row } of changed) {
    await db().reputationSample.update({ where: { id }, data: Object.fromEntries(SAMPLE_FIELDS.map((f) => [f, row[f]])) });
  }
  return { created, updated: changed.length };
}

/** Start of the newest stored bucket for the region, any period; null before the first collection. */
export async function lastStoredAt(region: string): Promise<number | null> {
  const row = await db().reputationSample.findFirst({ where: { region }, orderBy: { at: "desc" }, select: { at: true } });
  return row ? row.at.getTime() : null;
}
