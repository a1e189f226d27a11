import type { GatheredState } from "./types";

/**
 * The domain the checklist judges: the domain of the configured From address
 * when there is one, else the first verified domain, else the first domain added.
 */
export function primaryDomain(s: GatheredState): string | undefined {
  const domains = s.identities.ok ? s.identities.value.filter((i) => i.type === "DOMAIN") : [];
  if (s.fromAddress) {
    const fromDomain = s.fromAddress.slice(s.fromAddress.lastIndexOf("@") + 1).toLowerCase();
    const covering = domains
      .filter((d) => fromDomain === d.name.toLowerCase() || fromDomain.endsWith(`.${d.name.toLowerCase()}`))
      .sort((a, b) => b.name.length - a.name.length)[0];
    return covering?.name ?? fromDomain;
  }
  return (domains.find((d) => d.verifiedForSending) ?? domains[0])?.name;
}
