import "server-only";
import { db } from "../db/client";
import { SIGN_IN_WINDOW_MS, signInBlocked } from "./rate-limit-policy";

/** Kept in the database, not in memory, so that the limit holds across instances and restarts. */
export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const [account, address] = await Promise.all([
    db().loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db().loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return signInBlocked({ account, address });
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db().loginAttempt.create({ data: { email, ip, succeeded } });
  if (succeeded) {
    // A success forgives earlier failures of this account, as people expect.
    await db().loginAttempt.deleteMany({ where: { email, succeeded: false } });
  }
}
