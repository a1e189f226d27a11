import "server-only";
import { readFileSync } from "node:fs";
import { env } from "../env";
import { cachedLookup, type CachedLookup } from "./cached-lookup";
import { createDnsClient, type DnsClient } from "./dns-client";

let client: DnsClient | undefined;
let lookup: CachedLookup | undefined;

/** The nameserver lines of a resolv.conf, in order (the IPv6 zone index is kept off: dgram cannot use it portably). */
export function parseResolvConf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => /^\s*nameserver\s+(\S+)/.exec(line)?.[1])
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/%.*$/, ""));
}

/** DNS_SERVERS (the simulated DNS in demo mode and tests), otherwise the system's resolvers. */
export function dnsServers(): string[] {
  const configured = env().DNS_SERVERS;
  if (configured) return configured.split(",").map((s) => s.trim()).filter(Boolean);
  try {
    const system = parseResolvConf(readFileSync("/etc/resolv.conf", "utf8"));
    if (system.length > 0) return system;
  } catch {
    // No resolv.conf (containers, Windows): fall through to a local resolver, as glibc does.
  }
  return ["127.0.0.1"];
}

/** The real client behind dnsLookup(), for the propagation view (queryServer) and query counts. */
export function dnsClient(): DnsClient {
  client ??= createDnsClient({ servers: dnsServers(), timeoutMs: 2000, retries: 1 });
  return client;
}

/** The lookup every check uses: real queries, cached for each answer's TTL; `.bypass()` for "Check now". */
export function dnsLookup(): CachedLookup {
  lookup ??= cachedLookup(dnsClient().lookup);
  return lookup;
}
