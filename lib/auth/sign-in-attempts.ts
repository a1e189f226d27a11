import "server-only";
import { db } from "../db/client";
import { SIGN_IN_WINDOW_MS, signInBlocked } from "./rate-limit-policy";

export type SignInAttempt = { id: string; email: string; createdAt: Date };

/**
 * Records the attempt as a failure before the password is checked, then counts
 * the failures before it. Counting first and recording after the slow check let
 * parallel attempts all see the same low count; now each one sees every attempt
 * recorded before its own, so at most the limit get checked (in a burst, some
 * may be refused early: never late). A refused attempt stays counted: taking it
 * back would let the next burst start from zero again, and whoever keeps guessing
 * stays blocked.
 * Kept in the database, not in memory, so that the limit holds across instances and restarts.
 */
export async function beginSignInAttempt(email: string, ip: string): Promise<SignInAttempt | null> {
  const attempt = await db().loginAttempt.create({
    data: { email, ip, succeeded: false },
    select: { id: true, email: true, createdAt: true },
  });
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const others = { succeeded: false, createdAt: { gte: since }, id: { not: attempt.id } };
  const [account, address] = await Promise.all([
    db().loginAttempt.count({ where: { email, ...others } }),
    db().loginAttempt.count({ where: { ip, ...others } }),
  ]);
  return signInBlocked({ account, address }) ? null : attempt;
}

/** A failure is already recorded; a success forgives the account's earlier failures, as people expect. */
export async function settleSignInAttempt(attempt: SignInAttempt, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await db().loginAttempt.updateMany({ where: { id: attempt.id }, data: { succeeded: true } });
  await db().loginAttempt.deleteMany({ where: { email: attempt.email, succeeded: false, createdAt: { lte: attempt.createdAt } } });
}
