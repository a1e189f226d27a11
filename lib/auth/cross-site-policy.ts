/**
 * Who may change state through the JSON API. SameSite=Lax cookies do not stop a
 * page of the same site (another port on the host, a sibling subdomain) from
 * posting a form with the admin's cookie, so the origin is checked here, and only
 * JSON is read: a form cannot send application/json, and a cross-origin fetch that
 * does must pass a CORS preflight this server never grants.
 */
export type MutationRequest = {
  method: string;
  origin: string | null;
  secFetchSite: string | null;
  contentType: string | null;
  /** The Host the request was sent to (X-Forwarded-Host first, as Next.js itself reads it). */
  host: string | null;
  /** APP_URL, the dashboard's public address, when set. */
  appUrl?: string;
};

export type Refusal = { status: 403 | 415; error: string };

export const CROSS_SITE_ERROR = "Refused: this request did not come from the dashboard's own pages.";
export const NOT_JSON_ERROR = "Send the body as application/json.";

export function mutationRequestRefusal(req: MutationRequest): Refusal | null {
  if (!fromOwnOrigin(req)) return { status: 403, error: CROSS_SITE_ERROR };
  // DELETE takes no input; any other mutation must say its body is JSON.
  if ((req.method !== "DELETE" || req.contentType !== null) && !isJson(req.contentType)) return { status: 415, error: NOT_JSON_ERROR };
  return null;
}

function fromOwnOrigin({ origin, secFetchSite, host, appUrl }: MutationRequest): boolean {
  // Browsers send Origin on every cross-origin POST; without it, only a browser's
  // own Sec-Fetch-Site can tell, and a client that sends neither (curl, scripts) is no browser to abuse.
  if (origin === null) return secFetchSite === null || secFetchSite === "same-origin" || secFetchSite === "none";
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  if (appUrl) return parsed.origin === parseOrigin(appUrl)?.origin;
  return host !== null && parsed.host === host.toLowerCase();
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";
}
