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

/** The origin of the current request, when there is one (server actions and route handlers). */
export async function currentRequestOrigin(): Promise<string | undefined> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (!host) return undefined;
    const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
    return `${proto}://${host}`;
  } catch {
    return undefined;
  }
}
