// The dashboard's HTTP front, shared by scripts/start.mjs and the tests that attack it with real sockets.
import { createServer } from "node:http";
import { limitConcurrentRequests } from "./request-limiter.mjs";

/**
 * An HTTP server in front of `handle` (Next.js's request handler): static files at once, everything else through
 * the request limiter.
 */
export function createDashboardServer(handle, { maxConcurrent, trustProxy = false }) {
  const limited = limitConcurrentRequests(maxConcurrent, handle);
  return createServer((req, res) => {
    // Next.js keeps an X-Forwarded-For it receives; unless a proxy we trust wrote it,
    // drop it so the sign-in rate limit sees the real address.
    if (!trustProxy) delete req.headers["x-forwarded-for"];
    // Static files cost no render: served at once, outside the limit.
    if (req.url?.startsWith("/_next/static/")) handle(req, res);
    else limited(req, res);
  });
}
