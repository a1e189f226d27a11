/** Records the simulated DNS server answers with, keyed by lower-case name without the trailing dot. */
export type RecordType = "A" | "TXT" | "CNAME" | "MX" | "NS" | "SOA";
export type SimRecord =
  | { type: "A"; ttl?: number; data: string }
  | { type: "TXT"; ttl?: number; data: string | string[] }
  | { type: "CNAME" | "NS"; ttl?: number; data: string }
  | { type: "MX"; ttl?: number; data: { preference: number; exchange: string } };

export type ZoneStore = ReturnType<typeof createZoneStore>;

const norm = (name: string) => name.toLowerCase().replace(/\.$/, "");

export function createZoneStore() {
  const zones = new Set<string>();
  const records = new Map<string, SimRecord[]>();
  return {
    /** Declares an authoritative zone: names under it that have no records answer NXDOMAIN with the SOA. */
    addZone(apex: string) {
      zones.add(norm(apex));
    },
    set(name: string, list: SimRecord[]) {
      if (list.length === 0) records.delete(norm(name));
      else records.set(norm(name), list);
    },
    add(name: string, record: SimRecord) {
      records.set(norm(name), [...(records.get(norm(name)) ?? []), record]);
    },
    get(name: string): SimRecord[] {
      return records.get(norm(name)) ?? [];
    },
    /** The zone a name belongs to (the longest declared apex that is a suffix), if any. */
    zoneOf(name: string): string | undefined {
      const n = norm(name);
      return [...zones].filter((z) => n === z || n.endsWith(`.${z}`)).sort((a, b) => b.length - a.length)[0];
    },
    /** Whether any record exists at or below the name (an "empty non-terminal" is NODATA, not NXDOMAIN). */
    exists(name: string): boolean {
      const n = norm(name);
      return [...records.keys()].some((k) => k === n || k.endsWith(`.${n}`));
    },
    clear() {
      zones.clear();
      records.clear();
    },
  };
}
