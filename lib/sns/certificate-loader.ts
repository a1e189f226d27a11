import "server-only";
import { checkSigningCertUrl } from "./check-signing-cert-url";
import { downloadCertificate, type Download } from "./download-certificate";
import { readCertificate, type LoadedCertificate } from "./read-certificate";

export type { LoadedCertificate };

export type CertificateLoader = { load(url: string, now: number): Promise<LoadedCertificate> };

export type CertificateLoaderOptions = {
  timeoutMs?: number;
  /** SNS rotates signing certificates rarely; a day keeps a rotation from being missed for long. */
  ttlMs?: number;
  maxEntries?: number;
  /** Forged messages can name many well-formed certificate URLs; cap the downloads they can cause at once. */
  maxConcurrentDownloads?: number;
  /** Receives only URLs that passed the SNS host rules; tests route it to a local server. */
  download?: Download;
};

type Entry = { expires: number; result: Promise<LoadedCertificate> };

export function createCertificateLoader(options: CertificateLoaderOptions = {}): CertificateLoader {
  const {
    timeoutMs = 5_000,
    ttlMs = 24 * 3_600_000,
    maxEntries = 64,
    maxConcurrentDownloads = 4,
    download = downloadCertificate,
  } = options;
  const cache = new Map<string, Entry>();
  let inFlight = 0;

  async function fetchAndRead(url: string, now: number): Promise<LoadedCertificate> {
    inFlight++;
    try {
      return readCertificate(await download(url, { timeoutMs, maxBytes: 64 * 1024 }), now);
    } catch (e) {
      const detail =
        e instanceof Error && e.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : e instanceof Error ? e.message : String(e);
      return { ok: false, reason: "certificate-unavailable", detail: `cannot fetch ${url}: ${detail}` };
    } finally {
      inFlight--;
    }
  }

  return {
    async load(url, now) {
      const check = checkSigningCertUrl(url);
      if (!check.ok) return { ok: false, reason: "certificate-url-refused", detail: check.detail };
      const hit = cache.get(url);
      if (hit && hit.expires > now) return hit.result;
      if (inFlight >= maxConcurrentDownloads)
        return { ok: false, reason: "certificate-unavailable", detail: "too many certificate downloads in progress" };
      const result = fetchAndRead(url, now);
      // Cache the pending download so concurrent messages share it; failures are dropped so the next message retries.
      const entry: Entry = { expires: now + ttlMs, result };
      cache.set(url, entry);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      const settled = await result;
      if (!settled.ok && cache.get(url) === entry) cache.delete(url);
      if (settled.ok) entry.expires = Math.min(entry.expires, settled.notAfter);
      return settled;
    },
  };
}

let shared: CertificateLoader | undefined;
/** The production loader: one cache per process. */
export function defaultCertificateLoader(): CertificateLoader {
  shared ??= createCertificateLoader();
  return shared;
}
