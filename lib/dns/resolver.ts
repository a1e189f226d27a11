import "server-only";
import { env } from "../env";
import { cachedLookup, type CachedLookup } from "./cached-lookup";
import { createDnsClient, systemResolvers, type DnsClient } from "./dns-client";

let client: DnsClient | undefined;
let lookup: CachedLookup | undefined;

/** DNS_SERVERS (the simulated DNS in demo mode and tests), otherwise the system's resolvers. */
export function dnsServers(): string[] {
  const configured = env().DNS_SERVERS;
  if (configured)
    return configured
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return systemResolvers();
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
