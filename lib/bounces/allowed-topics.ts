import "server-only";
import { db } from "../db/client";

type Cache = { at: number; arns: Set<string> };
let cache: Cache | undefined;
let loading: Promise<Cache> | undefined;

const TTL_MS = 10_000;
/** A topic missing from a cache at least this old is looked up again: set-up may have just added it (on any instance). */
const MISS_REFRESH_MS = 1_000;

async function load(): Promise<Cache> {
  loading ??= db()
    .allowedTopic.findMany({ select: { topicArn: true } })
    .then((rows) => (cache = { at: Date.now(), arns: new Set(rows.map((r) => r.topicArn)) }))
    .finally(() => (loading = undefined));
  return loading;
}

/** The AllowedTopic table, cached briefly so a burst of notifications reads it once. */
export async function allowedTopicArns(): Promise<Set<string>> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.arns;
  return (await load()).arns;
}

/** Whether `arn` may be missing only because the cache predates it. */
export async function refreshAllowedTopicsFor(arn: string): Promise<Set<string> | undefined> {
  if (cache?.arns.has(arn) || (cache && Date.now() - cache.at < MISS_REFRESH_MS)) return undefined;
  const fresh = (await load()).arns;
  return fresh.has(arn) ? fresh : undefined;
}

export function forgetAllowedTopics(): void {
  cache = undefined;
}
