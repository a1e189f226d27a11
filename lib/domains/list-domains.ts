import "server-only";
import { listIdentities } from "../aws/identities";
import type { IdentityFacts } from "../readiness/types";
import { latestDomainChecks } from "./domain-check-store";
import { partStatuses, type PartStatuses, type StoredDomainCheck } from "./part-statuses";

export type DomainRow = {
  identity: IdentityFacts;
  /** The latest stored check (domains only; none until the first check ran). */
  latest?: StoredDomainCheck;
  parts?: PartStatuses;
};

/** Every SES identity of the region, each domain with its latest stored check. */
export async function listDomainsWithChecks(region: string): Promise<DomainRow[]> {
  const identities = await listIdentities(region);
  const domains = identities.filter((i) => i.type !== "EMAIL_ADDRESS").map((i) => i.name);
  const latest = await latestDomainChecks(region, domains);
  return identities
    .map((identity) => {
      const stored = latest.get(identity.name);
      return { identity, latest: stored, parts: stored ? partStatuses(stored) : undefined };
    })
    .sort(
      (a, b) =>
        Number(a.identity.type === "EMAIL_ADDRESS") - Number(b.identity.type === "EMAIL_ADDRESS") ||
        a.identity.name.localeCompare(b.identity.name),
    );
}
