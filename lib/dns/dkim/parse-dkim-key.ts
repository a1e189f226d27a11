import { createPublicKey } from "node:crypto";

/** A DKIM key record (RFC 6376 §3.6.1) read and checked; `problems` carry stable codes for findings. */
export type DkimKey = {
  tags: Record<string, string>;
  keyType: string;
  revoked: boolean;
  /** RSA modulus length, or 256 for ed25519; null when unreadable. */
  bits: number | null;
  problems: { code: string; severity: "error" | "warning"; message: string }[];
};

function parseTags(text: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of text.split(";")) {
    const m = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=([\s\S]*)$/.exec(part);
    if (m) tags[m[1]!.toLowerCase()] ??= m[2]!.replace(/\s+/g, "");
  }
  return tags;
}

function rsaBits(der: Buffer): number | null {
  // Erratum 3017: RFC 6376 says SubjectPublicKeyInfo, but some publish a bare PKCS#1 RSAPublicKey.
  for (const type of ["spki", "pkcs1"] as const) {
    try {
      return createPublicKey({ key: der, format: "der", type }).asymmetricKeyDetails?.modulusLength ?? null;
    } catch {
      // Not this encoding: try the next.
    }
  }
  return null;
}

export function parseDkimKey(text: string): DkimKey {
  const tags = parseTags(text);
  const problems: DkimKey["problems"] = [];
  const keyType = (tags.k ?? "rsa").toLowerCase();
  const key: DkimKey = { tags, keyType, revoked: false, bits: null, problems };
  if (tags.v !== undefined && tags.v !== "DKIM1")
    problems.push({ code: "dkim.key-syntax", severity: "error", message: `The key record has v=${tags.v}; it must be DKIM1 or absent.` });
  if (tags.p === undefined) {
    problems.push({ code: "dkim.key-syntax", severity: "error", message: "The key record has no p= tag (the public key)." });
    return key;
  }
  if (tags.p === "") {
    key.revoked = true;
    problems.push({
      code: "dkim.key-revoked",
      severity: "error",
      message: "The key record has an empty p=: the key is revoked and signatures with it fail.",
    });
    return key;
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(tags.p)) {
    problems.push({ code: "dkim.key-syntax", severity: "error", message: "The p= value is not valid base64." });
    return key;
  }
  const der = Buffer.from(tags.p, "base64");
  if (keyType === "ed25519") {
    // RFC 8463 §4.2: p= is the raw 32-byte public key.
    if (der.length === 32) key.bits = 256;
    else
      problems.push({ code: "dkim.key-syntax", severity: "error", message: `An ed25519 key must be 32 bytes, this one is ${der.length}.` });
    return key;
  }
  if (keyType !== "rsa") {
    problems.push({
      code: "dkim.key-type",
      severity: "error",
      message: `Key type k=${keyType} is not supported by receivers (use rsa or ed25519).`,
    });
    return key;
  }
  key.bits = rsaBits(der);
  if (key.bits === null) problems.push({ code: "dkim.key-syntax", severity: "error", message: "The p= value is not an RSA public key." });
  else if (key.bits < 1024)
    problems.push({
      code: "dkim.key-too-short",
      severity: "error",
      message: `The RSA key has ${key.bits} bits; receivers reject keys under 1024 bits (RFC 8301 §3.2).`,
    });
  else if (key.bits < 2048)
    problems.push({ code: "dkim.key-1024", severity: "warning", message: `The RSA key has ${key.bits} bits; 2048 is recommended.` });
  return key;
}
