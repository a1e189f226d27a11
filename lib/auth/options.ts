import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env, oidcConfigured } from "../env";
import { clientAddress } from "./client-address";
import { authorizePassword } from "./authorize-password";
import { oidcProvider, oidcUserDisabled, userIdForOidcProfile } from "./oidc";
import { safeCallbackPath } from "./safe-callback-path";
import { endSession, SESSION_HOURS, sessionUser, startSession } from "./user-sessions";

/**
 * next-auth 4 (the stable line; 5 is still a beta). Sessions are encrypted JWT
 * cookies that name a UserSession row; every server-side check reloads that row
 * and its user (lib/auth/user-sessions.ts), so signing out, disabling, removing
 * and role changes take effect at once.
 */
export function authOptions(): NextAuthOptions {
  // No `secret`: next-auth reads NEXTAUTH_SECRET itself (set by scripts/start.mjs).
  return {
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (credentials, req) => authorizePassword(credentials, clientAddress(req.headers)),
      }),
      ...(oidcConfigured() ? [oidcProvider(env())] : []),
    ],
    callbacks: {
      // Sign-in and sign-out with single sign-on go where callbackUrl says: only to the dashboard's own paths.
      redirect: ({ url, baseUrl }) => `${baseUrl}${safeCallbackPath(url, baseUrl)}`,
      // A disabled single sign-on user is turned away (AccessDenied); passwords are checked in authorizePassword.
      signIn: async ({ account, profile }) => !(account?.provider === "oidc" && profile && (await oidcUserDisabled(profile))),
      async jwt({ token, user, account, profile }) {
        if (user) {
          const uid = account?.provider === "oidc" && profile ? await userIdForOidcProfile(profile) : user.id;
          return { ...token, uid, sid: await startSession(uid) };
        }
        // next-auth clears the cookie when this throws: /api/auth/session must not revive an ended session.
        if (!(await sessionUser(token))) throw new Error("The session has ended.");
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
    events: {
      // The cookie is cleared by next-auth; ending the row also refuses any copy of it.
      signOut: ({ token }) => endSession(token?.sid),
    },
  };
}
