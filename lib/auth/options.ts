import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env, oidcConfigured } from "../env";
import { clientAddress } from "./client-address";
import { authorizePassword } from "./authorize-password";
import { oidcProvider, userIdForOidcProfile } from "./oidc";
import { safeCallbackPath } from "./safe-callback-path";

const SESSION_HOURS = 12;

/**
 * next-auth 4 (the stable line; 5 is still a beta). Sessions are signed JWT
 * cookies, but every server-side check reloads the user from the database
 * (lib/auth/session.ts), so a role change or a removed account takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET,
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
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc" && profile) {
          token.uid = await userIdForOidcProfile(profile);
        } else if (user) {
          token.uid = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
