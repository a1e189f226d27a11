import "server-only";
import { db } from "../db/client";
import type { Role } from "./roles";

export const SESSION_HOURS = 12;

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/** Opens the session a new cookie will name. Ended and expired rows are pruned on the way. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  await db().userSession.deleteMany({ where: { expiresAt: { lte: now } } });
  const row = await db().userSession.create({ data: { userId, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) } });
  return row.id;
}

/**
 * The user of a live session: the row exists, has not expired, belongs to the
 * user the cookie names, and that user is not disabled. Read on every request,
 * so signing out, disabling, removing and role changes all take effect at once.
 */
export async function sessionUser(claims: { uid?: unknown; sid?: unknown } | null, now = new Date()): Promise<SessionUser | null> {
  if (typeof claims?.sid !== "string" || typeof claims.uid !== "string") return null;
  const session = await db().userSession.findUnique({
    where: { id: claims.sid },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.id !== claims.uid || session.user.disabledAt) return null;
  const { disabledAt: _, ...user } = session.user;
  return { ...user, role: user.role as Role };
}

export async function endSession(sid: unknown): Promise<void> {
  if (typeof sid === "string") await db().userSession.deleteMany({ where: { id: sid } });
}

export async function endSessionsOf(userId: string): Promise<void> {
  await db().userSession.deleteMany({ where: { userId } });
}
