import { DEFAULT_TTL, fqdn, recordValue, type DnsRecordSpec } from "./dns-record-spec";

/** A BIND zone-file snippet: absolute names, so it pastes into any zone. */
export function toBindZone(records: DnsRecordSpec[]): string {
  return records.map((r) => `${fqdn(r.name)}\t${r.ttl ?? DEFAULT_TTL}\tIN\t${r.type}\t${recordValue(r)}`).join("\n") + "\n";
}

export type Route53ChangeBatch = {
  Comment?: string;
  Changes: Array<{
    Action: "UPSERT";
    ResourceRecordSet: { Name: string; Type: string; TTL: number; ResourceRecords: Array<{ Value: string }> };
  }>;
};

/**
 * A Route 53 ChangeBatch (aws route53 change-resource-record-sets --change-batch).
 * Route 53 holds one record set per name and type, so records sharing both
 * are grouped into one UPSERT; an UPSERT replaces the whole set.
 */
export function toRoute53ChangeBatch(records: DnsRecordSpec[], comment?: string): Route53ChangeBatch {
  const sets = new Map<string, Route53ChangeBatch["Changes"][number]["ResourceRecordSet"]>();
  for (const r of records) {
    const key = `${fqdn(r.name)} ${r.type}`;
    const set = sets.get(key) ?? { Name: fqdn(r.name), Type: r.type, TTL: r.ttl ?? DEFAULT_TTL, ResourceRecords: [] };
    set.ResourceRecords.push({ Value: recordValue(r) });
    sets.set(key, set);
  }
  return {
    ...(comment ? { Comment: comment } : {}),
    Changes: [...sets.values()].map((s) => ({ Action: "UPSERT" as const, ResourceRecordSet: s })),
  };
}
