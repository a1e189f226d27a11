import "server-only";
import { dnsClient } from "../dns/resolver";
import { env } from "../env";
import { addressRange, isAllowed, isPublicAddress, parseAllowList } from "../net/address-policy";
import type { DnsClient } from "../dns/dns-client";
import type { DnsLookup, RecordType } from "../dns/types";
import { comparePropagation, type PropagationRow } from "./compare-propagation";

export type PropagationView = {
  /** The zone apex whose NS records were found, if any. */
  zone?: string;
  nameServers: { host: string; address?: string; error?: string }[];
  rows: PropagationRow[];
};

/** The closest enclosing zone with NS records: the domain itself, then each parent. */
async function findZone(domain: string, lookup: DnsLookup): Promise<{ zone: string; hosts: string[] } | undefined> {
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const name = labels.slice(i).join(".");
    const ns = await lookup(name, "NS");
    if (ns.status === "ok" && ns.cnames.length === 0) return { zone: name, hosts: ns.records.map(String) };
  }
  return undefined;
}

/**
 * Each record's answer from every authoritative server of the zone (asked directly, without recursion) beside
 * the configured resolver's, never from the cache. The servers are the zone's own, from its NS records, and
 * only those at public addresses (or in OUTBOUND_ALLOW_HOSTS): a zone's owner chooses its NS addresses, and
 * must not be able to make the dashboard send queries inside its network. `nameServerPort` is for tests, whose
 * zones are served on another port.
 */
export async function propagationView(
  domain: string,
  records: { name: string; type: RecordType }[],
  {
    client = dnsClient(),
    allowHosts = env().OUTBOUND_ALLOW_HOSTS,
    nameServerPort,
  }: { client?: DnsClient; allowHosts?: string; nameServerPort?: number } = {},
): Promise<PropagationView> {
  const allow = parseAllowList(allowHosts);
  const found = await findZone(domain, client.lookup);
  const nameServers: PropagationView["nameServers"] = await Promise.all(
    (found?.hosts ?? []).map(async (host) => {
      const a = await client.lookup(host, "A");
      if (a.status !== "ok" || a.records.length === 0) return { host, error: a.error ?? `no address (${a.status})` };
      const address = String(a.records[0]);
      if (!isPublicAddress(address) && !isAllowed(allow, host, address))
        return { host, error: `${address} is inside the network (${addressRange(address)}); not asked` };
      return { host, address };
    }),
  );
  const reachable = nameServers.filter((s): s is { host: string; address: string } => s.address !== undefined);
  const target = (address: string) => (nameServerPort ? `${address}:${nameServerPort}` : address);
  const rows = await Promise.all(
    records.map(async ({ name, type }) => {
      const [resolver, ...auth] = await Promise.all([
        client.lookup(name, type),
        ...reachable.map((s) => client.queryServer(target(s.address), name, type, { recursion: false })),
      ]);
      return comparePropagation(
        name,
        type,
        resolver!,
        auth.map((answer, i) => ({ server: reachable[i]!.host, answer })),
      );
    }),
  );
  return { zone: found?.zone, nameServers, rows };
}
