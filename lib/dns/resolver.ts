import "server-only";
import { Resolver } from "node:dns/promises";
import { env } from "../env";

let cached: Resolver | undefined;

/**
 * The resolver every DNS check uses: the servers in DNS_SERVERS (the simulated
 * DNS in demo mode and tests), otherwise the system's. Real queries either way.
 */
export function resolver(): Resolver {
  if (!cached) {
    cached = new Resolver({ timeout: 2000, tries: 2 });
    const servers = env().DNS_SERVERS;
    if (servers) cached.setServers(servers.split(",").map((s) => s.trim()));
  }
  return cached;
}
