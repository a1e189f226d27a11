import type { SimRecord, ZoneStore } from "./zone-store";

/**
 * The simulated DNS's zone store over HTTP, for the demo's "Publish these
 * records (demo DNS)" button. Served under the simulated AWS's /_sim/ control
 * routes (the one HTTP server the demo app already knows), never by anything
 * on the production path.
 */
let controlled: ZoneStore | undefined;
let afterChange: (() => void) | undefined;

/**
 * Makes `zones` the store the /_sim/dns/ routes write (sim/main.ts, or a test);
 * `onChange` runs after each write (the simulated SES looking at the new records).
 */
export function controlDnsZones(zones: ZoneStore | undefined, onChange?: () => void): void {
  controlled = zones;
  afterChange = onChange;
}

type PublishedRecord = { name: string; type: "TXT" | "CNAME" | "MX"; value: unknown; ttl?: number };

function toSimRecord(r: PublishedRecord): SimRecord {
  const ttl = typeof r.ttl === "number" ? r.ttl : undefined;
  if (r.type === "MX") {
    const v = r.value as { preference?: unknown; exchange?: unknown };
    if (typeof v?.preference !== "number" || typeof v.exchange !== "string") throw new Error(`MX ${r.name} needs {preference, exchange}`);
    return { type: "MX", ttl, data: { preference: v.preference, exchange: v.exchange } };
  }
  if (r.type === "TXT") {
    const ok = typeof r.value === "string" || (Array.isArray(r.value) && r.value.every((s) => typeof s === "string"));
    if (!ok) throw new Error(`TXT ${r.name} needs a string value`);
    return { type: "TXT", ttl, data: r.value as string | string[] };
  }
  if (r.type === "CNAME" && typeof r.value === "string") return { type: "CNAME", ttl, data: r.value };
  throw new Error(`Unsupported record ${r.type} ${r.name}`);
}

/**
 * POST /_sim/dns/records `{ zone?, records: [{ name, type: TXT|CNAME|MX, value, ttl? }] }`:
 * each name's records of the posted types are replaced (other types stay), as a
 * DNS host's "set record" does; `zone` is declared authoritative first.
 * Returns null for paths that are not its own.
 */
export function handleDnsControl(method: string, path: string, body: Record<string, unknown>): { status: number; body: unknown } | null {
  if (!path.startsWith("/_sim/dns/")) return null;
  if (!controlled) return { status: 404, body: { message: "No simulated DNS runs in this process." } };
  if (method !== "POST" || path !== "/_sim/dns/records") return { status: 404, body: { message: `No control endpoint ${method} ${path}` } };
  if (!Array.isArray(body.records)) return { status: 400, body: { message: "records must be an array" } };
  const records = body.records as PublishedRecord[];
  const byName = new Map<string, SimRecord[]>();
  for (const r of records) {
    if (typeof r?.name !== "string" || !r.name) return { status: 400, body: { message: "every record needs a name" } };
    const name = r.name.toLowerCase().replace(/\.$/, "");
    byName.set(name, [...(byName.get(name) ?? []), toSimRecord(r)]);
  }
  if (typeof body.zone === "string" && body.zone) controlled.addZone(body.zone);
  for (const [name, list] of byName) {
    const types = new Set(list.map((r) => r.type));
    // A CNAME cannot share its name with other data (RFC 1034 §3.6.2).
    const kept = controlled.get(name).filter((r) => !types.has(r.type) && !types.has("CNAME") && r.type !== "CNAME");
    controlled.set(name, [...kept, ...list]);
  }
  afterChange?.();
  return { status: 200, body: { ok: true, names: [...byName.keys()] } };
}
