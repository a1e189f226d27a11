/** A record to publish, as the generators produce it and the exporters write it. */
export type DnsRecordSpec =
  | { name: string; type: "TXT"; value: string; ttl?: number }
  | { name: string; type: "CNAME"; value: string; ttl?: number }
  | { name: string; type: "MX"; value: { preference: number; exchange: string }; ttl?: number };

export const DEFAULT_TTL = 300;

const fqdn = (name: string) => `${name.trim().toLowerCase().replace(/\.$/, "")}.`;
export { fqdn };

/**
 * A TXT value as DNS character-strings of at most 255 octets (RFC 1035 §3.3):
 * receivers join them without spaces (RFC 7208 §3.3, RFC 6376 §3.6.2.2), and
 * Route 53 refuses a longer single string (CharacterStringTooLong). Cuts fall
 * between UTF-8 characters, never inside one.
 */
export function splitTxt(value: string, max = 255): string[] {
  const chunks: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of value) {
    const n = Buffer.byteLength(ch, "utf8");
    if (size + n > max) {
      chunks.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** The presentation form of a TXT value: each string quoted, with " and \ escaped. */
export function quoteTxt(value: string): string {
  return splitTxt(value)
    .map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`)
    .join(" ");
}

/** The record data as zone files and Route 53 write it. */
export function recordValue(r: DnsRecordSpec): string {
  switch (r.type) {
    case "TXT":
      return quoteTxt(r.value);
    case "CNAME":
      return fqdn(r.value);
    case "MX":
      return `${r.value.preference} ${fqdn(r.value.exchange)}`;
  }
}
