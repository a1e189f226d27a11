import { createSign, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

/*
 * Node can parse X.509 but not create it, and no private key may be committed, so the simulator
 * builds a minimal self-signed certificate at startup with a hand-rolled DER encoder.
 */

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, content: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const nullValue = Buffer.from([0x05, 0x00]);

function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const out: number[] = [40 * (parts[0] ?? 0) + (parts[1] ?? 0)];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

function positiveInteger(bytes: Buffer): Buffer {
  // A leading 1 bit would make the DER integer negative.
  return tlv(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function utcTime(d: Date): Buffer {
  const p = (n: number) => String(n).padStart(2, "0");
  const s = `${p(d.getUTCFullYear() % 100)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  return tlv(0x17, Buffer.from(s, "ascii"));
}

const name = (cn: string) => seq(set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(cn, "utf8")))));

export function selfSignedCertificate(privateKey: KeyObject, publicKey: KeyObject, commonName: string, now = new Date()): string {
  const sha256WithRsa = seq(oid("1.2.840.113549.1.1.11"), nullValue);
  const notAfter = new Date(now.getTime() + 3650 * 86_400_000);
  const tbs = seq(
    tlv(0xa0, positiveInteger(Buffer.from([2]))), // [0] EXPLICIT version v3
    positiveInteger(randomBytes(8)),
    sha256WithRsa,
    name(commonName),
    seq(utcTime(new Date(now.getTime() - 86_400_000)), utcTime(notAfter)),
    name(commonName),
    publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = sign("sha256", tbs, privateKey);
  const der = seq(tbs, sha256WithRsa, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "");
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

export type SnsSigner = { certificatePem: string; sign(message: Record<string, string>): Record<string, string> };

const NOTIFICATION_KEYS = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"];
const CONFIRMATION_KEYS = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];

/** The SNS string to sign: `name\nvalue\n` for each present key of the type's fixed list. */
export function stringToSign(message: Record<string, string | undefined>): string {
  const keys = message.Type === "Notification" ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
  return keys
    .filter((k) => message[k] !== undefined)
    .map((k) => `${k}\n${message[k]}\n`)
    .join("");
}

export function createSnsSigner(): SnsSigner {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const certificatePem = selfSignedCertificate(privateKey, publicKey, "sns.simulated.local");
  return {
    certificatePem,
    /** Adds Signature to a message that already carries SignatureVersion ("1" SHA1, "2" SHA256) and SigningCertURL. */
    sign(message) {
      const algorithm = message.SignatureVersion === "2" ? "RSA-SHA256" : "RSA-SHA1";
      const signer = createSign(algorithm);
      signer.update(stringToSign(message), "utf8");
      return { ...message, Signature: signer.sign(privateKey, "base64") };
    },
  };
}

let shared: SnsSigner | undefined;
/** One key per process: RSA generation costs tens of milliseconds and tests start many servers. */
export function sharedSnsSigner(): SnsSigner {
  shared ??= createSnsSigner();
  return shared;
}
