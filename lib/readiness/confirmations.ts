import "server-only";
import { currentAccountId } from "../accounts/account-context";
import { db } from "../db/client";
import type { ConfirmableCheck } from "./confirmable";
import type { Confirmation } from "./types";

// Settings are not account-scoped (lib/db/account-scope.ts): the key names the account and the region.
const prefix = async (region: string) => `readiness.confirmation:${await currentAccountId()}:${region}:`;

const parse = (value: string): Confirmation | undefined => {
  try {
    const v = JSON.parse(value) as Partial<Confirmation>;
    return typeof v.by === "string" && typeof v.at === "string" ? { by: v.by, at: v.at } : undefined;
  } catch {
    return undefined;
  }
};

/** The admins' confirmations in effect for the current account and a region, by check id. */
export async function readConfirmations(region: string): Promise<Record<string, Confirmation>> {
  const p = await prefix(region);
  const rows = await db().setting.findMany({ where: { key: { startsWith: p } } });
  return Object.fromEntries(rows.flatMap((r) => (parse(r.value) ? [[r.key.slice(p.length), parse(r.value)!]] : [])));
}

/** Records who confirmed an item and when, or with `by` undefined takes the confirmation back. */
export async function setConfirmation(region: string, check: ConfirmableCheck, by: string | undefined, at = new Date()): Promise<void> {
  const key = `${await prefix(region)}${check}`;
  if (!by) {
    await db().setting.deleteMany({ where: { key } });
    return;
  }
  const value = JSON.stringify({ by, at: at.toISOString() } satisfies Confirmation);
  await db().setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
