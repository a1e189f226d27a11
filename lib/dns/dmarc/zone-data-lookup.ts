import { normalizeName } from "../findings";
import type { DnsLookup, RecordData, RecordType } from "../types";

/** Zone data in the shape of test/fixtures/dmarc/dmarc-discovery-scenarios.json: name → type → records. */
export type ZoneData = Record<string, Partial<Record<string, unknown[]>>>;

/**
 * A DnsLookup that answers from zone data in memory, for tests of pure
 * discovery logic: a name present without the type is NODATA, a name that is
 * neither present nor an ancestor of one is NXDOMAIN. `queried` records the
 * names asked, in order.
 */
export function createZoneDataLookup(zone: ZoneData): DnsLookup & { queried: string[] } {
  const data = new Map(Object.entries(zone).map(([k, v]) => [normalizeName(k), v]));
  const queried: string[] = [];
  const lookup = async (name: string, type: RecordType) => {
    const n = normalizeName(name);
    queried.push(n);
    const here = data.get(n);
    const exists = here !== undefined || [...data.keys()].some((k) => k.endsWith(`.${n}`));
    const raw = here?.[type] ?? [];
    const records: RecordData[] = raw.map((r) => {
      if (type !== "MX") return r as RecordData;
      const mx = r as { priority: number; exchange: string };
      return { preference: Number(mx.priority), exchange: String(mx.exchange) };
    });
    const status = records.length > 0 ? ("ok" as const) : exists ? ("nodata" as const) : ("nxdomain" as const);
    return { name: n, type, status, records, cnames: [], ttl: 300, server: "memory" };
  };
  return Object.assign(lookup, { queried });
}
