import { X509Certificate } from "node:crypto";

const brand: unique symbol = Symbol("TrustedCertificates");

/**
 * Certificates accepted for exact SigningCertURLs without the SNS host rules and without any download: the only
 * way around the allow-list. It exists for tests and for demo mode, where the simulator signs with its own key and
 * serves its certificate over http. It cannot be built from a message or a plain Map; a caller must name this
 * function, which makes every use visible in review.
 */
export type TrustedCertificates = { readonly [brand]: true; get(url: string): X509Certificate | undefined; readonly size: number };

export function trustCertificatesExplicitly(entries: Iterable<readonly [url: string, pem: string]>): TrustedCertificates {
  const map = new Map<string, X509Certificate>();
  for (const [url, pem] of entries) map.set(url, new X509Certificate(pem));
  return { [brand]: true, get: (url) => map.get(url), size: map.size };
}
