import "server-only";
import { checkDomain } from "../dns/check-domain";
import { dnsLookup } from "../dns/resolver";
import { storeDomainCheck } from "./domain-check-store";
import type { StoredDomainCheck } from "./part-statuses";
import { readSesIdentity } from "./read-ses-identity";

export class UnknownIdentityError extends Error {
  constructor(
    readonly domain: string,
    readonly region: string,
  ) {
    super(`${domain} is not an SES identity in ${region}.`);
  }
}

/**
 * Checks a domain's DNS against SES's own view of the identity, and stores the
 * run as a DomainCheck row. `fresh` ("Check now") bypasses the DNS cache; otherwise
 * answers still inside their TTL are reused and no query is sent for them.
 */
export async function runDomainCheck(region: string, domain: string, { fresh = false } = {}): Promise<StoredDomainCheck> {
  const name = domain.trim().toLowerCase().replace(/\.$/, "");
  const identity = await readSesIdentity(region, name);
  if (!identity) throw new UnknownIdentityError(name, region);
  const lookup = fresh ? dnsLookup().bypass() : dnsLookup();
  const check = await checkDomain({
    domain: name,
    region,
    dkimTokens: identity.dkimTokens,
    mailFromDomain: identity.mailFromDomain,
    ses: identity.ses,
    lookup,
  });
  const stored: StoredDomainCheck = {
    region,
    checkedAt: new Date().toISOString(),
    fresh,
    check,
    ses: identity.ses,
    dkimTokens: identity.dkimTokens,
    mailFromDomain: identity.mailFromDomain,
  };
  await storeDomainCheck(stored);
  return stored;
}
