import "server-only";
import { db } from "../db/client";
import { DEFAULT_SUPPRESSION_POLICY, type SuppressionPolicy } from "./decide-suppression";

export const SOFT_BOUNCE_WINDOW_KEY = "bounces.soft-bounce-window-days";
export const PIPELINE_SILENCE_KEY = "bounces.pipeline-silence-hours";

export type BounceSettings = { policy: SuppressionPolicy; softBounceWindowDays: number; pipelineSilenceHours: number };

export const DEFAULT_PIPELINE_SILENCE_HOURS = 6;

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

let cached: { at: number; value: Promise<BounceSettings> } | undefined;

/** As readBounceSettings, read at most every 10 s: the webhook's processing asks once per message. */
export function cachedBounceSettings(): Promise<BounceSettings> {
  if (!cached || Date.now() - cached.at > 10_000) cached = { at: Date.now(), value: readBounceSettings() };
  return cached.value;
}

/** The admin-set soft-bounce window and pipeline-silence threshold (Setting rows), else the guide's defaults. */
export async function readBounceSettings(): Promise<BounceSettings> {
  const rows = await db().setting.findMany({ where: { key: { in: [SOFT_BOUNCE_WINDOW_KEY, PIPELINE_SILENCE_KEY] } } });
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  const softBounceWindowDays = positive(get(SOFT_BOUNCE_WINDOW_KEY), DEFAULT_SUPPRESSION_POLICY.softBounceWindowMs / 86_400_000);
  return {
    policy: { ...DEFAULT_SUPPRESSION_POLICY, softBounceWindowMs: softBounceWindowDays * 86_400_000 },
    softBounceWindowDays,
    pipelineSilenceHours: positive(get(PIPELINE_SILENCE_KEY), DEFAULT_PIPELINE_SILENCE_HOURS),
  };
}

export async function saveBounceSettings(input: { softBounceWindowDays: number; pipelineSilenceHours: number }): Promise<void> {
  cached = undefined;
  for (const [key, value] of [
    [SOFT_BOUNCE_WINDOW_KEY, input.softBounceWindowDays],
    [PIPELINE_SILENCE_KEY, input.pipelineSilenceHours],
  ] as const) {
    await db().setting.upsert({ where: { key }, create: { key, value: String(value) }, update: { value: String(value) } });
  }
}
