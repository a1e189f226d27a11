import "server-only";
import { hostname } from "node:os";
import { db } from "../db/client";

export const INSTANCE = `${hostname()}:${process.pid}`;

/** The interval a moment falls in, counted from the epoch: every instance computes the same number. */
export const slotOf = (at: Date, intervalMinutes: number) => Math.floor(at.getTime() / (intervalMinutes * 60_000));

/**
 * Claims a region's interval for this instance. The unique key (region, slot)
 * lets exactly one of several racing instances win; an on-demand run has no
 * slot and always proceeds.
 */
export async function claimRun(region: string, slot: number | null, trigger: string): Promise<string | null> {
  try {
    const run = await db().collectionRun.create({ data: { region, slot, trigger, instance: INSTANCE } });
    return run.id;
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return null;
    throw e;
  }
}
