import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "../env";
import { hasRole, type Role } from "./roles";
import { sessionUser, type SessionUser } from "./user-sessions";

export type { SessionUser };

// next-auth's cookie names: the Secure-prefixed one is used when APP_URL is https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The signed-in user as the database knows them now, or null: the cookie must name
 * a session that has not ended (lib/auth/user-sessions.ts). Cached per request.
 * Decodes the session cookie directly: getServerSession runs next-auth's whole
 * request handler, which costs more than the page it guards.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  const claims = await decode({ token, secret: env().NEXTAUTH_SECRET! }).catch(() => null);
  return sessionUser(claims);
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
