/** One fresh check per domain in this time: each asks SES and every name server, and stores a row. */
export const FRESH_CHECK_INTERVAL_MS = 10_000;

const lastRun = new Map<string, number>();

/**
 * Claims the fresh check of a domain (0) or says how many seconds until the next is allowed. In memory: a second
 * instance has its own window, which bounds the cost to one check per domain per instance per interval.
 */
export function claimFreshCheck(region: string, domain: string, now = Date.now()): number {
  const key = `${region} ${domain}`;
  const last = lastRun.get(key);
  if (last !== undefined && now - last < FRESH_CHECK_INTERVAL_MS) return Math.ceil((last + FRESH_CHECK_INTERVAL_MS - now) / 1000);
  if (lastRun.size > 1000) for (const [k, t] of lastRun) if (now - t >= FRESH_CHECK_INTERVAL_MS) lastRun.delete(k);
  lastRun.set(key, now);
  return 0;
}
