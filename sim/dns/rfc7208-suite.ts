import { readFileSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import type { SimRecord, ZoneStore } from "./zone-store";

/** The openspf.org RFC 7208 suite, kept with its licence in test/fixtures/spf (see test/fixtures/README.md). */
export const RFC7208_SUITE = path.resolve(__dirname, "../../test/fixtures/spf/rfc7208-tests.yml");

export type SuiteCase = {
  name: string;
  helo: string;
  host: string;
  mailfrom: string;
  results: string[];
  explanation?: string;
  spec?: string;
};
export type SuiteDocument = { description: string; cases: SuiteCase[]; zone: Array<[string, SimRecord[]]> };

type RawDoc = { description: string; tests: Record<string, Record<string, unknown>>; zonedata?: Record<string, unknown[]> };

export function loadRfc7208Suite(file = RFC7208_SUITE): SuiteDocument[] {
  return parseAllDocuments(readFileSync(file, "utf8")).map((doc) => {
    const raw = doc.toJS() as RawDoc;
    const cases = Object.entries(raw.tests).map(([name, t]) => ({
      name,
      helo: String(t.helo ?? ""),
      host: String(t.host),
      mailfrom: String(t.mailfrom ?? ""),
      results: Array.isArray(t.result) ? (t.result as string[]) : [String(t.result)],
      explanation: t.explanation === undefined ? undefined : String(t.explanation),
      spec: t.spec === undefined ? undefined : String(t.spec),
    }));
    return {
      description: raw.description,
      cases,
      zone: Object.entries(raw.zonedata ?? {}).map(([name, entries]) => [name, toRecords(entries)]),
    };
  });
}

/**
 * The suite's zone rules, as its reference driver (pyspf test/testspf.py) applies them:
 * `SPF` entries are also served as TXT unless the name lists TXT itself (`TXT: NONE`
 * lists it without a value), and those copies come after any TIMEOUT.
 */
function toRecords(entries: unknown[]): SimRecord[] {
  const records: SimRecord[] = [];
  const copies: SimRecord[] = [];
  let hasTxt = false;
  for (const entry of entries) {
    if (entry === "TIMEOUT") {
      records.push({ type: "TIMEOUT" });
      continue;
    }
    for (const [type, value] of Object.entries(entry as Record<string, unknown>)) {
      if (type === "TXT") hasTxt = true;
      if (value === "NONE") continue;
      switch (type) {
        case "SPF":
        case "TXT": {
          const data = Array.isArray(value) ? value.map(String) : [String(value)];
          records.push({ type, data });
          if (type === "SPF") copies.push({ type: "TXT", data });
          break;
        }
        case "MX": {
          const [preference, exchange] = value as [number, string];
          records.push({ type: "MX", data: { preference, exchange } });
          break;
        }
        case "A":
        case "AAAA":
        case "PTR":
        case "CNAME":
          records.push({ type, data: String(value) });
          break;
        default:
          throw new Error(`unexpected record type ${type} in the suite`);
      }
    }
  }
  return hasTxt ? records : [...records, ...copies];
}

/** Serves one document's zone: authoritative for every name (the root zone), so absent names are NXDOMAIN. */
export function loadSuiteZone(zones: ZoneStore, doc: SuiteDocument): void {
  zones.clear();
  zones.addZone(".");
  for (const [name, records] of doc.zone) zones.set(name, records);
}
