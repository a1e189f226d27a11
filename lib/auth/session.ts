import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db/client";
import { authOptions } from "./options";
import { hasRole, type Role } from "./roles";

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/** The signed-in user as the database knows them now, or null. Cached per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
  return user ? { ...user, role: user.role as Role } : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

export class ForbiddenError extends Error {
  constructor(readonly needed: Role) {
    super(`This needs the ${needed} role.`);
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in first.");
  }
}

/** For mutations: the signed-in user if their role is at least `needed`; throws otherwise. */
export async function requireRole(needed: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  if (!hasRole(user.role, needed)) throw new ForbiddenError(needed);
  return user;
}
