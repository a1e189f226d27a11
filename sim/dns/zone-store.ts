/** Records the simulated DNS server answers with, keyed by lower-case name without the trailing dot. */
export type RecordType = "A" | "AAAA" | "TXT" | "SPF" | "CNAME" | "PTR" | "MX" | "NS" | "SOA";
export type SimRecord =
  | { type: "A" | "AAAA"; ttl?: number; data: string }
  | { type: "TXT" | "SPF"; ttl?: number; data: string | string[] }
  | { type: "CNAME" | "NS" | "PTR"; ttl?: number; data: string }
  | { type: "MX"; ttl?: number; data: { preference: number; exchange: string } }
  /**
   * The RFC 7208 suite's pseudo-entry: a query for a type that has no record
   * listed before it gets no answer at all, so the client times out.
   */
  | { type: "TIMEOUT" };

export type ZoneStore = ReturnType<typeof createZoneStore>;

const norm = (name: string) => name.toLowerCase().replace(/\.$/, "");

export function createZoneStore() {
  const zones = new Set<string>();
  const records = new Map<string, SimRecord[]>();
  return {
    /**
     * Declares an authoritative zone: names under it that have no records answer NXDOMAIN with the SOA.
     * The root ("" or ".") makes the server authoritative for every name, as test suites need.
     */
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
      let best: string | undefined;
      for (const z of zones) if ((z === "" || n === z || n.endsWith(`.${z}`)) && (best === undefined || z.length > best.length)) best = z;
      return best;
    },
    /** Whether any record exists at or below the name (an "empty non-terminal" is NODATA, not NXDOMAIN). */
    exists(name: string): boolean {
      const n = norm(name);
      if (records.has(n)) return true;
      for (const k of records.keys()) if (k.endsWith(`.${n}`)) return true;
      return false;
    },
    clear() {
      zones.clear();
      records.clear();
    },
  };
}
