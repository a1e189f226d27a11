/**
 * The only paths served without a session: the sign-in page, next-auth's own
 * endpoints, the health check, and webhooks that verify their own signatures.
 */
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth/", "/api/health", "/api/sns"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p.endsWith("/") ? p : `${p}/`));
}
