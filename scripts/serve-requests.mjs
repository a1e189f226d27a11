// The dashboard's HTTP front, shared by scripts/start.mjs and the tests that attack it with real sockets.
import { createServer } from "node:http";
import { readBody } from "./read-body.mjs";
import { limitConcurrentRequests } from "./request-limiter.mjs";

const MiB = 1024 * 1024;
export const FRONT_DEFAULTS = {
  maxConcurrent: 8,
  // Requests that wait for a render slot; beyond, 503 with Retry-After.
  maxQueued: 64,
  // The Amazon SNS webhook's own lane: anonymous deliveries never take the pages' slots.
  webhookConcurrent: 2,
  webhookQueued: 16,
  // SNS messages are at most 256 KiB; Next.js refuses server-action bodies over 1 MB by default.
  bodyLimit: MiB,
  bodyDeadlineMs: 10_000,
  // All bodies being read or waiting for a slot together; beyond, 503.
  bufferedBytes: 64 * MiB,
  headersTimeoutMs: 10_000,
};

const isWebhook = (url = "") => url === "/api/sns" || url.startsWith("/api/sns?") || url.startsWith("/api/sns/");

/**
 * An HTTP server in front of `handle` (Next.js's request handler). Static files are served at once. Every other
 * request's body is read first, with a size limit and a deadline (scripts/read-body.mjs), so a slow client never
 * holds a render slot; then it waits for a slot in its lane: the SNS webhook's small one, or the pages' one.
 */
export function createDashboardServer(handle, options) {
  const o = { ...FRONT_DEFAULTS, ...options };
  const pages = limitConcurrentRequests(o.maxConcurrent, handle, { maxQueued: o.maxQueued });
  const webhook = limitConcurrentRequests(o.webhookConcurrent, handle, { maxQueued: o.webhookQueued });
  const budget = { bytes: o.bufferedBytes };
  const server = createServer(
    { headersTimeout: o.headersTimeoutMs, requestTimeout: o.bodyDeadlineMs + o.headersTimeoutMs },
    async (req, res) => {
      // Next.js keeps an X-Forwarded-For it receives; unless a proxy we trust wrote it,
      // drop it so the sign-in rate limit sees the real address.
      if (!o.trustProxy) delete req.headers["x-forwarded-for"];
      // Static files cost no render: served at once, outside the limit.
      if (req.url?.startsWith("/_next/static/") && req.method === "GET") return handle(req, res);
      const ready = await readBody(req, res, { limit: o.bodyLimit, deadlineMs: o.bodyDeadlineMs, budget });
      if (!ready) return;
      const size = ready === req ? 0 : Number(ready.readableLength);
      // The body stays in memory until its request is answered.
      if (size) {
        budget.bytes -= size;
        res.once("close", () => (budget.bytes += size));
      }
      (isWebhook(req.url) ? webhook : pages)(ready, res);
    },
  );
  return server;
}
