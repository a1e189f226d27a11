import "server-only";
import { env, isDemo } from "../env";

/**
 * The URL SNS should post to. In demo mode the simulator runs beside the server and delivers over plain http to its
 * port; otherwise APP_URL (the public address), else the origin of the request that asked for the set-up.
 */
export function webhookEndpoint(requestOrigin?: string): string {
  if (isDemo()) return `http://127.0.0.1:${env().PORT}/api/sns`;
  const base = env().APP_URL ?? requestOrigin;
  if (!base) throw new Error("Set APP_URL to the dashboard's public https address: SNS needs it to deliver notifications.");
  return `${base.replace(/\/+$/, "")}/api/sns`;
}

/**
 * The origin a request was made to. X-Forwarded-Host and -Proto are anyone's to set: only with TRUST_PROXY=1 (a
 * proxy you control writes them) do they count, or a client could point SNS subscriptions at its own host.
 */
export function originFromHeaders(h: Headers, trustProxy: boolean): string | undefined {
  const host = (trustProxy ? h.get("x-forwarded-host") : null) ?? h.get("host");
  if (!host) return undefined;
  const proto = (trustProxy ? h.get("x-forwarded-proto") : null) ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

/** The origin of the current request, when there is one (server actions and route handlers). */
export async function currentRequestOrigin(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    return originFromHeaders(await headers(), env().TRUST_PROXY === "1");
  } catch {
    return undefined;
  }
}
