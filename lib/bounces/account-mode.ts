import "server-only";
import { db } from "../db/client";

/** Out of the sandbox per the latest successful reading; SES refuses PutSuppressedDestination in the sandbox. */
export async function isOutOfSandbox(region: string): Promise<boolean> {
  const latest = await db().accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" }, select: { production: true } });
  return latest?.production === true;
}
