import type { DmarcMode, DmarcPolicy, ReportUri } from "./dmarc-types";

/** A tag value parsed, or the reason it is not valid. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

const WSP = /^[ \t]+|[ \t]+$/g;
export const trimWsp = (s: string) => s.replace(WSP, "");

export function parsePolicy(tag: string, raw: string): Parsed<DmarcPolicy> {
  const v = raw.toLowerCase();
  return v === "none" || v === "quarantine" || v === "reject"
    ? ok(v)
    : bad(`${tag}=${raw} is not a valid policy: use none, quarantine or reject.`);
}

export function parseChoice<T extends string>(tag: string, raw: string, choices: readonly T[]): Parsed<T> {
  const v = raw.toLowerCase() as T;
  return choices.includes(v) ? ok(v) : bad(`${tag}=${raw} is not valid: use ${choices.join(" or ")}.`);
}

/** fo = 0 / 1 / d / s, colon-separated (RFC 7489 §6.3). */
export function parseFo(raw: string): Parsed<string[]> {
  const items = raw.split(":").map(trimWsp);
  const badItem = items.find((i) => !/^[01ds]$/i.test(i));
  if (badItem !== undefined) return bad(`fo=${raw} is not valid: use 0, 1, d or s, separated by colons.`);
  return ok(items.map((i) => i.toLowerCase()));
}

/** rf = Keyword *(":" Keyword), Keyword being RFC 5321's Ldh-str. */
export function parseRf(raw: string): Parsed<string[]> {
  const items = raw.split(":").map(trimWsp);
  if (items.some((i) => !/^[A-Za-z0-9-]*[A-Za-z0-9]$/.test(i))) return bad(`rf=${raw} is not a valid report format list.`);
  return ok(items.map((i) => i.toLowerCase()));
}

/** A decimal that must fit an unsigned integer of `max`. */
export function parseUnsigned(tag: string, raw: string, max: bigint): Parsed<number> {
  if (!/^\d+$/.test(raw)) return bad(`${tag}=${raw} is not a non-negative whole number.`);
  const n = BigInt(raw);
  if (n > max) return bad(`${tag}=${raw} is too large.`);
  return ok(Number(n));
}

const UNIT: Record<string, bigint> = { "": 1n, k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n, t: 1024n ** 4n };
const MAX_U64 = 2n ** 64n - 1n;
// RFC 3986 §3.1 scheme, then something without the separators DMARC gives meaning to.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s!,;]+$/;

/**
 * rua / ruf: comma-separated URIs with an optional "!size" (RFC 7489 §6.4).
 * RFC 9989 mode accepts blanks around "!" and the unit, as stalwart's parser does.
 */
export function parseReportUris(tag: string, raw: string, mode: DmarcMode): Parsed<ReportUri[]> {
  const out: ReportUri[] = [];
  for (const item of raw.split(",").map(trimWsp)) {
    const m =
      mode === "rfc7489" ? /^([^!]*?)(?:!(\d+)([kmgt]?))?$/i.exec(item) : /^([^!]*?)[ \t]*(?:![ \t]*(\d+)[ \t]*([kmgt]?))?$/i.exec(item);
    const uri = m?.[1] ?? "";
    if (!m || !URI.test(uri))
      return bad(`${tag} has an invalid report URI "${item}": each must be a URI such as mailto:dmarc@example.com.`);
    const [, , digits, unitRaw = ""] = m;
    let maxBytes: number | null = null;
    let sizeText: string | null = null;
    if (digits !== undefined) {
      const n = BigInt(digits);
      const unit = unitRaw.toLowerCase();
      if (n > MAX_U64 || n * (UNIT[unit] ?? 1n) > MAX_U64) return bad(`${tag} has a size limit that is too large in "${item}".`);
      maxBytes = Number(n * (UNIT[unit] ?? 1n));
      sizeText = `${digits}${unit}`;
    }
    let address: string | null = null;
    if (/^mailto:/i.test(uri)) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(uri.slice(7).split("?")[0] ?? "");
      } catch {
        return bad(`${tag} has a mailto: URI with invalid percent-encoding: "${item}".`);
      }
      address = decoded.replace(/\s+/g, "");
      if (!/^[^@]+@[^@]+\.[^@]+$/.test(address)) return bad(`${tag} has a mailto: URI without a valid address: "${item}".`);
    }
    out.push({ uri, address, maxBytes, sizeText });
  }
  return ok(out);
}
