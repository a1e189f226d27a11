import "server-only";
import { hostname } from "node:os";
import { db } from "../db/client";

export const INSTANCE = `${hostname()}:${process.pid}`;

/**
 * How long a claim holds without a finished run. A collection takes seconds; a claim this old and unfinished is
 * taken to be from a collector that died (storeReading writes the end of the run with the reading), and the next
 * claim of the interval takes it over. A collector merely slower than this would find its reading refused: the
 * interval's snapshot is unique per run.
 */
export const CLAIM_LEASE_MS = 2 * 60_000;

/** The interval a moment falls in, counted from the epoch: every instance computes the same number. */
export const slotOf = (at: Date, intervalMinutes: number) => Math.floor(at.getTime() / (intervalMinutes * 60_000));

/**
 * Claims a region's interval for this instance. The unique key (region, slot)
 * lets exactly one of several racing instances win; an on-demand run has no
 * slot and always proceeds. An expired claim (CLAIM_LEASE_MS) is taken over.
 */
export async function claimRun(region: string, slot: number | null, trigger: string, now = new Date()): Promise<string | null> {
  if (slot !== null) {
    const held = await db().collectionRun.findFirst({ where: { region, slot } });
    if (held) return held.finishedAt || now.getTime() - held.startedAt.getTime() < CLAIM_LEASE_MS ? null : takeOver(held.id, trigger, now);
  }
  try {
    const run = await db().collectionRun.create({ data: { region, slot, trigger, instance: INSTANCE, startedAt: now } });
    return run.id;
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return null;
    throw e;
  }
}

/** Compare-and-set on the expired claim: of several instances taking it over at once, one updates the row. */
async function takeOver(id: string, trigger: string, now: Date): Promise<string | null> {
  const expired = new Date(now.getTime() - CLAIM_LEASE_MS);
  const { count } = await db().collectionRun.updateMany({
    where: { id, finishedAt: null, startedAt: { lte: expired } },
    data: { trigger, instance: INSTANCE, startedAt: now },
  });
  return count === 1 ? id : null;
}
