import "server-only";
import { db } from "../db/client";

/** A JSON value in the Setting table; a value that no longer parses reads as absent rather than breaking a page. */
export async function readJsonSetting<T>(key: string): Promise<T | null> {
  const row = await db().setting.findUnique({ where: { key } });
  if (!row) return null;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return null;
  }
}

export async function writeJsonSetting(key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db().setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
