import { normalizeName, sameName, txtStrings } from "../findings";
import { orgDomainByPsl } from "../dmarc/organizational-domain";
import type { DnsAnswer, DnsLookup } from "../types";
import { parseDkimKey, type DkimKey } from "./parse-dkim-key";

export type DkimRecordState = {
  name: string;
  /** The name as typed into a DNS host that appends the zone itself. */
  relativeName: string;
  expected: string;
  found: string | null;
  state: "ok" | "missing" | "wrong-target" | "doubled-zone" | "not-cname" | "unknown";
  /** The key reached through the CNAME (or published in its place), when reachable. */
  key: DkimKey | null;
  /** The failed answer when state is "unknown". */
  failure?: DnsAnswer;
};

export const easyDkimName = (token: string, domain: string) => `${token}._domainkey.${normalizeName(domain)}`;
export const easyDkimTarget = (token: string) => `${token}.dkim.amazonses.com`;

/** The name relative to the zone, taken as the registrable domain (where most hosted zones sit). */
export function relativeToZone(name: string, domain: string): string {
  const zone = orgDomainByPsl(domain);
  return name.endsWith(`.${zone}`) ? name.slice(0, -(zone.length + 1)) : name;
}

const keyFrom = (a: DnsAnswer) => {
  const text = txtStrings(a)[0];
  return text === undefined ? null : parseDkimKey(text);
};

/**
 * One Easy DKIM record: the CNAME asked for explicitly (a flattening host
 * answers other types in its place, §4.1 of the notes), the TXT through it for
 * the key, and only when the CNAME is absent the usual mistakes: the zone
 * appended twice, or the CNAME flattened to TXT or A.
 */
export async function inspectDkimRecord(domain: string, token: string, lookup: DnsLookup): Promise<DkimRecordState> {
  const name = easyDkimName(token, domain);
  const expected = easyDkimTarget(token);
  const base = { name, relativeName: relativeToZone(name, domain), expected, key: null };
  const [cname, txt] = await Promise.all([lookup(name, "CNAME"), lookup(name, "TXT")]);
  if (cname.status === "error") return { ...base, found: null, state: "unknown", failure: cname };
  if (cname.status === "ok") {
    const target = String(cname.records[0]);
    return { ...base, found: target, state: sameName(target, expected) ? "ok" : "wrong-target", key: keyFrom(txt) };
  }
  if (txt.status === "ok") return { ...base, found: `TXT "${txtStrings(txt)[0] ?? ""}"`, state: "not-cname", key: keyFrom(txt) };
  const doubledName = `${name}.${normalizeName(domain)}`;
  const [doubled, a] = await Promise.all([lookup(doubledName, "CNAME"), lookup(name, "A")]);
  if (doubled.status === "ok") return { ...base, found: `${doubledName} CNAME ${String(doubled.records[0])}`, state: "doubled-zone" };
  if (a.status === "ok") return { ...base, found: `A ${a.records.map(String).join(", ")}`, state: "not-cname" };
  return { ...base, found: null, state: "missing" };
}
