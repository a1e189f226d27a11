import { dnsServers } from "../lib/dns/resolver";

/** `--dns-server` (repeatable, or comma-separated), else the app's DNS_SERVERS, else the system's resolvers. */
export function serversFrom(option: string[] | undefined): string[] {
  const given = (option ?? [])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return given.length ? given : dnsServers();
}
