import "server-only";
import { db } from "../db/client";
import { regions as environmentRegions } from "../env";
import { storedArray } from "./stored-array";
import { regionNameField, watchedRegionsSchema, type RegionChange } from "../validation/aws-settings";

/** Setting key of the regions an admin added on the Settings page (a JSON array of names). */
export const REGIONS_KEY = "aws-regions";

export type WatchedRegion = { name: string; source: "environment" | "dashboard" };

/** A refusal the page shows as it is: the change makes no sense for this list. */
export class RegionChangeRefused extends Error {}

/** The environment's regions first (AWS_SES_REGION leading), then the stored ones not already there. */
export function mergeRegions(fromEnvironment: string[], stored: string[]): WatchedRegion[] {
  const seen = new Set(fromEnvironment);
  return [
    ...fromEnvironment.map((name) => ({ name, source: "environment" as const })),
    ...stored.filter((r) => !seen.has(r) && seen.add(r)).map((name) => ({ name, source: "dashboard" as const })),
  ];
}

/** What the Setting holds, without anything a hand edit of the database may have broken. */
export function parseStoredRegions(value: string | undefined): string[] {
  return storedArray(value).flatMap((r) => (regionNameField.safeParse(r).success ? [String(r)] : []));
}

async function storedRegions(): Promise<string[]> {
  const row = await db().setting.findUnique({ where: { key: REGIONS_KEY } });
  return parseStoredRegions(row?.value);
}

/** Every watched region with where it comes from, the environment's default first. */
export async function watchedRegions(): Promise<WatchedRegion[]> {
  return mergeRegions(environmentRegions(), await storedRegions());
}

/** The regions the dashboard watches: AWS_SES_REGION, then AWS_SES_REGIONS, then those added on the Settings page. */
export async function configuredRegions(): Promise<string[]> {
  return (await watchedRegions()).map((r) => r.name);
}

/** Adds or removes one stored region; returns the new full list. Regions from the environment stay. */
export async function changeWatchedRegions({ op, region }: RegionChange): Promise<WatchedRegion[]> {
  const current = await watchedRegions();
  const existing = current.find((r) => r.name === region);
  if (op === "add" && existing) throw new RegionChangeRefused(`${region} is watched already.`);
  if (op === "remove" && !existing) throw new RegionChangeRefused(`${region} is not watched.`);
  if (op === "remove" && existing?.source === "environment") {
    throw new RegionChangeRefused(`${region} comes from the server's AWS_SES_REGION or AWS_SES_REGIONS setting: change it there.`);
  }
  const stored = current.filter((r) => r.source === "dashboard").map((r) => r.name);
  const nextStored = op === "add" ? [...stored, region] : stored.filter((r) => r !== region);
  const parsed = watchedRegionsSchema.safeParse([...current.filter((r) => r.source === "environment").map((r) => r.name), ...nextStored]);
  if (!parsed.success) throw new RegionChangeRefused(parsed.error.issues[0]?.message ?? "That list of regions is not valid.");
  const value = JSON.stringify(nextStored);
  await db().setting.upsert({ where: { key: REGIONS_KEY }, create: { key: REGIONS_KEY, value }, update: { value } });
  return mergeRegions(environmentRegions(), nextStored);
}
