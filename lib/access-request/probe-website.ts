import "server-only";
import { safeFetch, type Resolve } from "../net/safe-fetch";
import { analyzeHomepage, type WebsiteProbe } from "./analyze-homepage";

const MAX_REDIRECTS = 5;
const MAX_BYTES = 512 * 1024;
const TIMEOUT_MS = 5000;

/**
 * GETs the website as a reviewer would: TLS, at most five redirects, a 200 at the end, and what the page says.
 * The URL is one a user typed, so it goes through safeFetch: every hop, redirects included, to public addresses
 * only (or those in OUTBOUND_ALLOW_HOSTS), connected to the address that was checked.
 */
export async function probeWebsite(url: string, opts: { allowHosts?: string; resolve?: Resolve } = {}): Promise<WebsiteProbe> {
  try {
    const res = await safeFetch(url, {
      timeoutMs: TIMEOUT_MS,
      maxRedirects: MAX_REDIRECTS,
      maxBodyBytes: MAX_BYTES,
      headers: { "user-agent": "ses-launchpad pre-flight check" },
      ...opts,
    });
    if (res.status !== 200) return { ok: false, url, status: res.status, error: `HTTP ${res.status}` };
    return {
      ok: true,
      url,
      finalUrl: res.url,
      status: res.status,
      redirects: res.redirects,
      page: analyzeHomepage(new TextDecoder().decode(res.body)),
    };
  } catch (e) {
    return { ok: false, url, error: (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e)) };
  }
}
