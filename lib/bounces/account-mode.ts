import "server-only";
import { db } from "../db/client";

const cache = new Map<string, { at: number; value: boolean }>();

/** Out of the sandbox per the latest successful reading (cached 10 s); SES refuses PutSuppressedDestination in the sandbox. */
export async function isOutOfSandbox(region: string): Promise<boolean> {
  const hit = cache.get(region);
  if (hit && Date.now() - hit.at < 10_000) return hit.value;
  const latest = await db().accountSnapshot.findFirst({
    where: { region, ok: true },
    orderBy: { takenAt: "desc" },
    select: { production: true },
  });
  const value = latest?.production === true;
  cache.set(region, { at: Date.now(), value });
  return value;
}

/** After a new account reading (and in tests): the next check reads the database again. */
export function forgetAccountMode(): void {
  cache.clear();
}
