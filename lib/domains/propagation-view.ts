import "server-only";
import { dnsClient } from "../dns/resolver";
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
 * Each record's answer from every authoritative server of the zone (asked
 * directly, without recursion) beside the configured resolver's, never from
 * the cache. `servers` replaces NS discovery (a zone served on another port, tests).
 */
export async function propagationView(
  domain: string,
  records: { name: string; type: RecordType }[],
  { client = dnsClient(), servers }: { client?: DnsClient; servers?: string[] } = {},
): Promise<PropagationView> {
  let zone: string | undefined;
  let nameServers: PropagationView["nameServers"];
  if (servers) nameServers = servers.map((s) => ({ host: s, address: s }));
  else {
    const found = await findZone(domain, client.lookup);
    zone = found?.zone;
    nameServers = await Promise.all(
      (found?.hosts ?? []).map(async (host) => {
        const a = await client.lookup(host, "A");
        return a.status === "ok" ? { host, address: String(a.records[0]) } : { host, error: a.error ?? `no address (${a.status})` };
      }),
    );
  }
  const reachable = nameServers.filter((s): s is { host: string; address: string } => s.address !== undefined);
  const rows = await Promise.all(
    records.map(async ({ name, type }) => {
      const [resolver, ...auth] = await Promise.all([client.lookup(name, type), ...reachable.map((s) => client.queryServer(s.address, name, type, { recursion: false }))]);
      return comparePropagation(name, type, resolver!, auth.map((answer, i) => ({ server: reachable[i]!.host, answer })));
    }),
  );
  return { zone, nameServers, rows };
}
