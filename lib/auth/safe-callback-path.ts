// A host no request can name: a value that resolves away from it leaves the site.
const BASE = "http://dashboard.invalid";

/**
 * Where to go after sign-in: a same-origin path, else "/". The value is resolved
 * as a browser would resolve it, and the normalised path is returned, so what is
 * checked is what is followed. With `ownOrigin`, absolute URLs of the dashboard
 * itself are admitted too (next-auth passes those to its redirect callback).
 */
export function safeCallbackPath(raw: unknown, ownOrigin?: string): string {
  if (typeof raw !== "string" || raw.length > 2048) return "/";
  // Browsers drop tabs and newlines and read "\" as "/": refuse them rather than guess.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this pattern.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  try {
    let url = new URL(raw, BASE);
    if (!raw.startsWith("/")) {
      if (!ownOrigin || url.origin !== new URL(ownOrigin).origin) return "/";
      url = new URL(`${url.pathname}${url.search}${url.hash}`, BASE);
    }
    const path = `${url.pathname}${url.search}${url.hash}`;
    // "/.//evil.test" normalises to "//evil.test", which a browser reads as another host.
    return url.origin === BASE && !path.startsWith("//") ? path : "/";
  } catch {
    return "/";
  }
}
