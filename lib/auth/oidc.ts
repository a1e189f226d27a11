import "server-only";
import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { db } from "../db/client";
import { env, type Env } from "../env";
import { recordAudit } from "../audit/record-audit";

type OidcProfile = Profile & { sub: string; email?: string; email_verified?: boolean };

/** A generic OpenID Connect provider, configured only by OIDC_* settings. */
export function oidcProvider(e: Env): OAuthConfig<OidcProfile> {
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth",
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (p) => ({ id: p.sub, email: p.email, name: p.name ?? p.email }),
  };
}

/** True when the identity's dashboard account exists and an admin has disabled it. */
export async function oidcUserDisabled(profile: Profile): Promise<boolean> {
  const email = (profile as OidcProfile).email?.toLowerCase();
  if (!email) return false;
  const user = await db().user.findUnique({ where: { email }, select: { disabledAt: true } });
  return Boolean(user?.disabledAt);
}

/** Finds or creates the dashboard user for a single sign-on identity, with the default role. */
export async function userIdForOidcProfile(profile: Profile): Promise<string> {
  const p = profile as OidcProfile;
  const email = p.email?.toLowerCase();
  if (!email || p.email_verified === false) throw new Error("The identity provider gave no verified e-mail address.");
  const existing = await db().user.findUnique({ where: { email } });
  if (existing) return existing.id;
  const created = await db().user.create({ data: { email, name: p.name ?? null, role: env().OIDC_DEFAULT_ROLE } });
  await recordAudit({ actor: { id: created.id, email }, action: "user.create-by-sso", target: email, details: { role: created.role } });
  return created.id;
}
