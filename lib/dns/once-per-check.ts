import { normalizeName } from "./findings";
import type { DnsAnswer, DnsLookup } from "./types";

/**
 * One answer per name and type for the length of one check: the SPF evaluation of
 * each of SES's ranges asks the same names, and asking once is both faster and
 * consistent. Not a cache across checks ("Check now" must see fresh answers).
 */
export function oncePerCheck(lookup: DnsLookup): DnsLookup {
  const answers = new Map<string, Promise<DnsAnswer>>();
  return (name, type) => {
    const key = `${normalizeName(name)} ${type}`;
    if (!answers.has(key)) answers.set(key, lookup(name, type));
    return answers.get(key)!;
  };
}
