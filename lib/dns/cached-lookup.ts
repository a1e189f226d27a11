import type { DnsAnswer, DnsLookup } from "./types";

export type CachedLookup = DnsLookup & {
  /**
   * A lookup for "Check now": answers cached before this call are ignored and
   * re-queried; what it fetches refreshes the cache and serves the rest of the check.
   */
  bypass(): DnsLookup;
  clear(): void;
};

// `seq` orders stores and queries, so a bypass tells "before Check now" from "during it" even within one millisecond.
type Entry = { answer: DnsAnswer; seq: number; expiresAt: number };
type Flight = { promise: Promise<DnsAnswer>; seq: number };

const key = (name: string, type: string) => `${type} ${name.toLowerCase().replace(/\.$/, "")}`;

/**
 * Wraps any lookup with a cache kept for each answer's own TTL (errors are never
 * kept: they are not verdicts) and joins concurrent identical questions into one query.
 */
export function cachedLookup(inner: DnsLookup, { now = () => Date.now(), maxEntries = 10_000 } = {}): CachedLookup {
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Flight>();
  let seq = 0;

  function lookupSince(since: number): DnsLookup {
    return (name, type) => {
      const k = key(name, type);
      const t = now();
      const hit = cache.get(k);
      if (hit && hit.expiresAt > t && hit.seq > since) return Promise.resolve({ ...hit.answer, name });
      const flight = inFlight.get(k);
      if (flight && flight.seq > since) return flight.promise;
      const mine = ++seq;
      const promise = inner(name, type).then(
        (answer) => {
          inFlight.delete(k);
          if (answer.status !== "error" && answer.ttl > 0) {
            if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
            cache.set(k, { answer, seq: mine, expiresAt: t + answer.ttl * 1000 });
          }
          return answer;
        },
        (e: unknown) => {
          inFlight.delete(k);
          throw e;
        },
      );
      inFlight.set(k, { promise, seq: mine });
      return promise;
    };
  }

  const lookup = lookupSince(Number.NEGATIVE_INFINITY) as CachedLookup;
  lookup.bypass = () => lookupSince(seq);
  lookup.clear = () => cache.clear();
  return lookup;
}
