import type { DnsLookup } from "../types";
import { analyzeSpf } from "./analyze-spf";
import { parseSpfRecord } from "./parse-spf-record";
import { LOOKUP_LIMIT } from "./spf-types";

export type SpfMerge =
  { ok: true; record: string; strings: string[]; lookups: number; unchanged: boolean } | { ok: false; reason: string; lookups?: number };

/** The SPF record SES documents for a custom MAIL FROM subdomain (mail-from.md). */
export const MAIL_FROM_SPF = "v=spf1 include:amazonses.com ~all";

export function mailFromSpfRecord(): string {
  return MAIL_FROM_SPF;
}

/**
 * Adds `include:<target>` to an existing record, keeping every mechanism in order and
 * placing the include before the `all` (or at the end of the mechanisms), modifiers after.
 * `existingLookups` is the worst-case count of the current tree (analyzeSpf) and
 * `targetLookups` that of the include target's own record (0 for amazonses.com, which
 * lists ip4 ranges only); a result over 10 is refused, since it would be a permerror.
 */
export function mergeSpfInclude(existing: string, existingLookups: number, { target = "amazonses.com", targetLookups = 0 } = {}): SpfMerge {
  const parsed = parseSpfRecord(existing.trim());
  if (!parsed.ok)
    return { ok: false, reason: `The existing record has a syntax error (${parsed.error}); correct it before adding include:${target}.` };
  const terms = existing.trim().split(" ").slice(1).filter(Boolean);
  if (parsed.record.mechanisms.some((m) => m.kind === "include" && m.domainSpec?.toLowerCase().replace(/\.$/, "") === target)) {
    return { ok: true, record: existing.trim(), strings: toTxtStrings(existing.trim()), lookups: existingLookups, unchanged: true };
  }
  const lookups = existingLookups + 1 + targetLookups;
  if (lookups > LOOKUP_LIMIT) {
    return {
      ok: false,
      lookups,
      reason: `Adding include:${target} would make the record need ${lookups} DNS lookups; more than ${LOOKUP_LIMIT} is a permanent error (RFC 7208 §4.6.4) and SPF would fail for all mail. Remove includes of services that no longer send for you first, or use a custom MAIL FROM subdomain with its own SPF record (SES never uses the apex as MAIL FROM).`,
    };
  }
  const isModifier = (t: string) => /^[a-z][a-z0-9_.-]*=/i.test(t);
  const allIndex = terms.findIndex((t) => /^[+\-~?]?all$/i.test(t));
  const firstModifier = terms.findIndex(isModifier);
  const at = allIndex >= 0 ? allIndex : firstModifier >= 0 ? firstModifier : terms.length;
  const merged = ["v=spf1", ...terms.slice(0, at), `include:${target}`, ...terms.slice(at)].join(" ");
  return { ok: true, record: merged, strings: toTxtStrings(merged), lookups, unchanged: false };
}

/** Splits a TXT value into character-strings of at most 255 octets, at spaces where it can (§3.3 joins them without spaces). */
export function toTxtStrings(value: string, max = 255): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of value.split(/(?<= )/)) {
    for (let rest = word; rest;) {
      if (rest.length <= max - current.length) {
        current += rest;
        rest = "";
      } else if (current) {
        out.push(current);
        current = "";
      } else {
        out.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
    }
  }
  if (current) out.push(current);
  return out;
}

/** The merge for a live domain: counts the current tree and the include target's, then merges or refuses. */
export async function planSpfMerge(domain: string, lookup: DnsLookup, target = "amazonses.com"): Promise<SpfMerge> {
  const [current, added] = await Promise.all([analyzeSpf(domain, lookup), analyzeSpf(target, lookup)]);
  if (current.tree.status === "error")
    return { ok: false, reason: `Could not read the SPF record of ${domain} (DNS error); retry the check.` };
  if (current.tree.status === "none")
    return {
      ok: true,
      record: `v=spf1 include:${target} ~all`,
      strings: [`v=spf1 include:${target} ~all`],
      lookups: 1 + added.lookups,
      unchanged: false,
    };
  if (current.tree.status === "multiple")
    return {
      ok: false,
      reason: `${domain} publishes several SPF records; merge them into one first (see the spf.multiple-records finding).`,
    };
  return mergeSpfInclude(current.tree.record!, current.lookups, { target, targetLookups: added.lookups });
}
