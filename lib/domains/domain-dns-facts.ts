import "server-only";
import type { DomainDnsFacts, Sourced } from "../readiness/types";
import { latestDomainCheck } from "./domain-check-store";
import { partStatuses, type StoredDomainCheck } from "./part-statuses";

/** The readiness checklist's view of one stored check (pure). */
export function dnsFactsFromCheck(stored: StoredDomainCheck): Sourced<DomainDnsFacts> {
  const p = partStatuses(stored);
  return {
    ok: true,
    at: stored.checkedAt,
    query: `dns:check-domain ${stored.check.domain} (${stored.region})`,
    value: {
      spf: p.spf,
      dkim: p.dkim,
      dmarc: { ...p.dmarc, policy: stored.check.dmarc.policy ?? undefined },
      mailFrom: p.mailFrom,
    },
  };
}

/** The latest stored check of a domain for the readiness checklist; undefined before the first check. */
export async function getDomainDnsFacts(region: string, domain: string): Promise<Sourced<DomainDnsFacts> | undefined> {
  const stored = await latestDomainCheck(region, domain.toLowerCase().replace(/\.$/, ""));
  return stored ? dnsFactsFromCheck(stored) : undefined;
}
