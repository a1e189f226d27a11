/**
 * The only paths served without a session: the sign-in page, next-auth's own
 * endpoints, the health check, webhooks that verify their own signatures, and
 * the Prometheus export, which checks its own bearer token (METRICS_TOKEN).
 */
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth/", "/api/health", "/api/sns", "/metrics"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p.endsWith("/") ? p : `${p}/`));
}
