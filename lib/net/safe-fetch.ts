import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { env } from "../env";
import { addressRange, isAllowed, isPublicAddress, parseAllowList, type AllowList } from "./address-policy";

/** The server refused to contact the address; nothing was sent. */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutboundRefused";
  }
}

/** The request was sent or attempted and failed: timeout, connection, TLS, too many redirects. */
export class OutboundFailed extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "OutboundFailed";
  }
}

export type Resolve = (host: string) => Promise<LookupAddress[]>;

export type SafeFetchOptions = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Redirects followed (GET only), each through the same address check; 0 returns the 3xx itself. */
  maxRedirects?: number;
  /** Bytes of the answer kept; the rest is not read. */
  maxBodyBytes?: number;
  /** OUTBOUND_ALLOW_HOSTS by default. */
  allowHosts?: string;
  /** The system resolver by default; tests give their own. */
  resolve?: Resolve;
};

export type SafeResponse = { status: number; url: string; redirects: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

const systemResolve: Resolve = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Resolves once and checks every address: the connection then goes to these addresses and no others (see
 * pinnedLookup), so a name that answers differently on a second query (DNS rebinding) gains nothing.
 */
async function checkedAddresses(url: URL, allow: AllowList, resolve: Resolve): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = ipaddr.isValid(host) ? [{ address: host, family: host.includes(":") ? 6 : 4 }] : await resolve(host);
  if (addresses.length === 0) throw new OutboundFailed(`${host} has no address`, "ENOTFOUND");
  for (const { address } of addresses) {
    if (isPublicAddress(address) || isAllowed(allow, host, address)) continue;
    throw new OutboundRefused(
      `${host} is inside the network (a ${addressRange(address)} address), not a public address: the dashboard does not contact it unless OUTBOUND_ALLOW_HOSTS lists it`,
    );
  }
  return addresses;
}

/** A lookup that answers with the addresses already checked, whatever net asks for. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const fitting = addresses.filter((a) => !options.family || a.family === options.family);
    const list = fitting.length > 0 ? fitting : addresses;
    if (options.all) callback(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}

function requestOnce(
  url: URL,
  addresses: LookupAddress[],
  opts: SafeFetchOptions,
  signal: AbortSignal,
): Promise<Omit<SafeResponse, "url" | "redirects" | "ms">> {
  const client = url.protocol === "https:" ? https : http;
  const max = opts.maxBodyBytes ?? 64 * 1024;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method: opts.method ?? "GET", headers: opts.headers, signal, lookup: pinnedLookup(addresses), agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < max) chunks.push(chunk);
          size += chunk.length;
          if (size >= max) res.destroy();
        });
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).subarray(0, max) });
        res.on("end", done);
        res.on("close", done);
        res.on("error", (e) => (size >= max ? done() : reject(e)));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

/**
 * The one way the server makes an HTTP request to an address a user typed (alert webhooks, the website probe).
 * Only public addresses, or those an admin allowed in OUTBOUND_ALLOW_HOSTS; no proxy; redirects only through the
 * same check. Throws OutboundRefused (nothing sent) or OutboundFailed; any HTTP status is a response.
 */
export async function safeFetch(target: string, opts: SafeFetchOptions): Promise<SafeResponse> {
  const allow = parseAllowList(opts.allowHosts ?? env().OUTBOUND_ALLOW_HOSTS);
  const resolve = opts.resolve ?? systemResolve;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const started = Date.now();
  const maxRedirects = opts.method === "POST" ? 0 : (opts.maxRedirects ?? 0);
  let url = new URL(target);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundRefused(`${url.protocol} addresses are not fetched`);
      const addresses = await Promise.race([checkedAddresses(url, allow, resolve), aborted(signal)]);
      const res = await requestOnce(url, addresses, opts, signal);
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location && maxRedirects > 0) {
        if (redirects >= maxRedirects) throw new OutboundFailed(`more than ${maxRedirects} redirects`);
        url = new URL(location, url);
        continue;
      }
      return { ...res, url: url.toString(), redirects, ms: Date.now() - started };
    }
  } catch (e) {
    if (e instanceof OutboundRefused || e instanceof OutboundFailed) throw e;
    if (signal.aborted) throw new OutboundFailed(`no answer within ${opts.timeoutMs} ms`, "TIMEOUT");
    const code = (e as { code?: string }).code;
    throw new OutboundFailed(code ?? (e instanceof Error ? e.message : String(e)), code);
  }
}

const aborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
