import { getDomain, getPublicSuffix } from "tldts";
import { normalizeName } from "../findings";

/**
 * RFC 7489's organizational domain: the public suffix plus one label, from the
 * maintained Public Suffix List. Private-section suffixes count (as mailauth
 * does), so two customers of one hosting suffix are not "aligned".
 */
export function orgDomainByPsl(domain: string): string {
  const name = normalizeName(domain);
  return getDomain(name, { allowPrivateDomains: true }) ?? name;
}

/** Whether the name is itself a public suffix (com, co.uk, a private-section suffix): its owner is a public suffix operator. */
export function isPublicSuffix(domain: string): boolean {
  const name = normalizeName(domain);
  return getPublicSuffix(name, { allowPrivateDomains: true }) === name;
}

/**
 * The names RFC 9989 §4.10 queries, in order: the domain itself, then (for a
 * name of more than 7 labels) its last 7 labels, then one label fewer each
 * step down to the top-level domain; at most 8 queries in all.
 */
export function dmarcWalkNames(domain: string): string[] {
  let labels = normalizeName(domain).split(".");
  const names = [labels.join(".")];
  while (labels.length > 1) {
    labels = labels.length > 7 ? labels.slice(-7) : labels.slice(1);
    names.push(labels.join("."));
  }
  return names;
}
