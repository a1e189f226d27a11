import "server-only";
import type { KeyObject } from "node:crypto";
import { checkSignature } from "./check-signature";
import { defaultCertificateLoader, type CertificateLoader } from "./certificate-loader";
import { checkSigningCertUrl } from "./check-signing-cert-url";
import { parseSnsBody, type SnsMessage } from "./parse-sns-body";
import { isTopicAllowed, parseTopicArn } from "./parse-topic-arn";
import { readCertificate } from "./read-certificate";
import type { TrustedCertificates } from "./trusted-certificates";

export type VerifyFailureReason =
  "malformed" | "stale-timestamp" | "certificate-url-refused" | "certificate-unavailable" | "bad-signature" | "topic-not-allowed";

export type VerifyFailure = { ok: false; reason: VerifyFailureReason; detail: string };
export type VerifyResult = { ok: true; message: SnsMessage } | VerifyFailure;

export type VerifyOptions = {
  /** Milliseconds since the epoch; defaults to the clock. */
  now?: number;
  /** Replay window: how old a Timestamp may be. SNS keeps the first attempt's Timestamp on retries. */
  maxAgeMs?: number;
  /** How far ahead of this server's clock a Timestamp may be. */
  maxClockSkewMs?: number;
  /** When given, messages from any other topic are refused before a certificate is fetched. */
  allowedTopicArns?: Iterable<string>;
  certificateLoader?: CertificateLoader;
  /** The only bypass of the SNS host rules: tests and demo mode (see trustCertificatesExplicitly). */
  trustedCertificates?: TrustedCertificates;
};

export const DEFAULT_MAX_AGE_MS = 3_600_000;

const fail = (reason: VerifyFailureReason, detail: string): VerifyFailure => ({ ok: false, reason, detail });

/**
 * Verifies one SNS HTTP delivery from its raw body. Cheap checks (shape, age, URL, topic) come before the
 * certificate download so that forged traffic cannot make the server fetch anything it would not trust.
 */
export async function verifySnsMessage(rawBody: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const now = options.now ?? Date.now();
  const parsed = parseSnsBody(rawBody);
  if (!parsed.ok) return fail("malformed", parsed.detail);
  const message = parsed.message;

  const sent = Date.parse(message.Timestamp);
  const maxAge = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  if (now - sent > maxAge) return fail("stale-timestamp", `Timestamp ${message.Timestamp} is older than ${Math.round(maxAge / 1000)} s`);
  if (sent - now > (options.maxClockSkewMs ?? 300_000)) return fail("stale-timestamp", `Timestamp ${message.Timestamp} is in the future`);

  if (options.allowedTopicArns && !isTopicAllowed(message.TopicArn, options.allowedTopicArns)) {
    return fail("topic-not-allowed", `TopicArn ${message.TopicArn} is not one of this dashboard's topics`);
  }

  const key = await publicKeyFor(message, now, options);
  if (!key.ok) return key;
  if (!checkSignature(message, key.publicKey))
    return fail("bad-signature", `signature (version ${message.SignatureVersion}) does not match ${message.Type} ${message.MessageId}`);
  return { ok: true, message };
}

async function publicKeyFor(
  message: SnsMessage,
  now: number,
  options: VerifyOptions,
): Promise<{ ok: true; publicKey: KeyObject } | VerifyFailure> {
  const trusted = options.trustedCertificates?.get(message.SigningCertURL);
  if (trusted) {
    const read = readCertificate(trusted, now);
    return read.ok ? read : fail(read.reason, `trusted certificate: ${read.detail}`);
  }
  const url = checkSigningCertUrl(message.SigningCertURL);
  if (!url.ok) return fail("certificate-url-refused", url.detail);
  // A certificate of one region vouching for a topic of another is not how SNS signs.
  if (parseTopicArn(message.TopicArn)?.region !== url.region) {
    return fail("certificate-url-refused", `SigningCertURL region ${url.region} differs from the TopicArn's region`);
  }
  const loaded = await (options.certificateLoader ?? defaultCertificateLoader()).load(message.SigningCertURL, now);
  return loaded.ok ? loaded : fail(loaded.reason, loaded.detail);
}
