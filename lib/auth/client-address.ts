/**
 * The address of the client that made the request. The server drops any
 * X-Forwarded-For a client sends unless TRUST_PROXY=1 (scripts/start.mjs), so the
 * last entry is the one written by Next.js itself or by the trusted proxy in front.
 */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : (headers?.["x-forwarded-for"] as string | undefined);
  const last = raw?.split(",").pop()?.trim();
  return last && last.length > 0 ? last.replace(/^::ffff:/, "") : "unknown";
}
