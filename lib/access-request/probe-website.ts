import "server-only";
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { analyzeHomepage, type WebsiteProbe } from "./analyze-homepage";

const MAX_REDIRECTS = 5;
const MAX_BYTES = 512 * 1024;
const TIMEOUT_MS = 5000;

const withTimeout = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms).unref())]);

/**
 * The server fetches a URL a user typed: refuse addresses inside the network
 * (loopback, private, link-local, metadata) so the probe cannot be aimed at them.
 */
async function assertPublic(host: string): Promise<void> {
  const addresses = ipaddr.isValid(host) ? [{ address: host }] : await withTimeout(lookup(host, { all: true }), TIMEOUT_MS, `Resolving ${host}`);
  for (const { address } of addresses) {
    const ip = ipaddr.process(address);
    if (ip.range() !== "unicast") throw new Error(`${host} resolves to ${address} (${ip.range()}), which the dashboard does not fetch`);
  }
}

async function readCapped(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => undefined);
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_BYTES));
}

/** GETs the website as a reviewer would: TLS, at most five redirects, a 200 at the end, and what the page says. */
export async function probeWebsite(url: string): Promise<WebsiteProbe> {
  let current = url;
  try {
    for (let redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
      const target = new URL(current);
      if (target.protocol !== "https:" && target.protocol !== "http:") return { ok: false, url, error: `${current} is not a web address` };
      await assertPublic(target.hostname.replace(/^\[|\]$/g, ""));
      const res = await fetch(current, { redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS), headers: { "user-agent": "ses-launchpad pre-flight check" } });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).toString();
        continue;
      }
      if (res.status !== 200) return { ok: false, url, status: res.status, error: `HTTP ${res.status}` };
      return { ok: true, url, finalUrl: current, status: res.status, redirects, page: analyzeHomepage(await readCapped(res)) };
    }
    return { ok: false, url, error: `more than ${MAX_REDIRECTS} redirects` };
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, url, error: cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e)) };
  }
}
