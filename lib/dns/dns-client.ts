// No "server-only" guard: this module holds no secret, node:dgram already keeps it out of any
// browser bundle, and the CLI and the bench scripts run it outside React's server environment.
import dgram from "node:dgram";
import { readFileSync } from "node:fs";
import net from "node:net";
import * as dnsPacket from "dns-packet";
import type { DnsAnswer, DnsLookup, RecordData, RecordType, SoaRecord } from "./types";

export type DnsClientOptions = {
  /** "host", "host:port", "[v6]:port" or a bare IPv6 address; tried in order. */
  servers: string[];
  timeoutMs?: number;
  /** Further rounds over the whole server list after the first. */
  retries?: number;
  /** Set RD; false asks an authoritative server for what it holds itself. */
  recursion?: boolean;
};

export type DnsClient = {
  lookup: DnsLookup;
  /** One server, no retry round over others: for the propagation view (each authoritative NS). */
  queryServer(server: string, name: string, type: RecordType, options?: { recursion?: boolean }): Promise<DnsAnswer>;
  /** Packets sent (UDP and TCP, retries included) since the client was made. */
  readonly queriesSent: number;
};

type Server = { host: string; port: number; label: string };
// dns-packet decodes the response code and flags, but its typings leave them out.
type Decoded = dnsPacket.DecodedPacket & { rcode?: string };
type Rr = { type: string; name: string; ttl?: number; data: unknown };
type Reply = { packet: Decoded; server: Server };

const MAX_CNAME_HOPS = 10;
// RFC 6891 §6.2.5 with the 2020 DNS flag day's recommended size.
const EDNS_UDP_SIZE = 1232;

export function parseServer(spec: string): Server {
  const s = spec.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(s);
  if (bracketed) return server(bracketed[1]!, bracketed[2]);
  const colons = s.split(":").length - 1;
  if (colons === 1) {
    const [host, port] = s.split(":");
    return server(host!, port);
  }
  return server(s, undefined);
}

function server(host: string, port: string | undefined): Server {
  const p = port ? Number(port) : 53;
  if (!host || !Number.isInteger(p) || p < 1 || p > 65535) throw new Error(`Invalid DNS server "${host}:${port}"`);
  return { host, port: p, label: host.includes(":") ? `[${host}]:${p}` : `${host}:${p}` };
}

/** The nameserver lines of a resolv.conf, in order (the IPv6 zone index is dropped: dgram cannot use it portably). */
export function parseResolvConf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => /^\s*nameserver\s+(\S+)/.exec(line)?.[1])
    .filter((s): s is string => Boolean(s))
    .map((s) => s.replace(/%.*$/, ""));
}

/** The system's resolvers from /etc/resolv.conf; without one (containers, Windows), a local resolver, as glibc does. */
export function systemResolvers(file = "/etc/resolv.conf"): string[] {
  try {
    const list = parseResolvConf(readFileSync(file, "utf8"));
    if (list.length > 0) return list;
  } catch {
    // Fall through to the local resolver.
  }
  return ["127.0.0.1"];
}

export function createDnsClient(options: DnsClientOptions): DnsClient {
  const servers = options.servers.map(parseServer);
  if (servers.length === 0) throw new Error("No DNS server configured");
  const timeoutMs = options.timeoutMs ?? 2000;
  const retries = options.retries ?? 1;
  let sent = 0;

  async function exchange(target: Server, name: string, type: RecordType, recursion: boolean): Promise<Decoded> {
    const query: dnsPacket.Packet = {
      type: "query",
      id: Math.floor(Math.random() * 65536),
      flags: recursion ? dnsPacket.RECURSION_DESIRED : 0,
      questions: [{ type: type as dnsPacket.RecordType, name, class: "IN" }],
      additionals: [{ type: "OPT", name: ".", udpPayloadSize: EDNS_UDP_SIZE } as dnsPacket.Answer],
    };
    sent++;
    const reply = await sendUdp(target, dnsPacket.encode(query), query.id!, timeoutMs);
    if (!reply.flag_tc) return reply;
    // RFC 7766 §5: a truncated UDP reply is retried over TCP.
    sent++;
    return sendTcp(target, dnsPacket.streamEncode(query), timeoutMs);
  }

  /** One question to a list of servers: the first usable reply wins; errors move on to the next server. */
  async function ask(
    list: Server[],
    rounds: number,
    name: string,
    type: RecordType,
    recursion: boolean,
  ): Promise<Reply | { error: string; server: Server }> {
    let last: { error: string; server: Server } = { error: "no server tried", server: list[0]! };
    for (let round = 0; round < rounds; round++) {
      for (const target of list) {
        try {
          const packet = await exchange(target, name, type, recursion);
          if (packet.rcode === "NOERROR" || packet.rcode === "NXDOMAIN") return { packet, server: target };
          last = { error: `${packet.rcode ?? "bad response"} from ${target.label}`, server: target };
        } catch (e) {
          last = { error: `${(e as Error).message} (${target.label})`, server: target };
        }
      }
    }
    return last;
  }

  async function resolve(list: Server[], rounds: number, name: string, type: RecordType, recursion: boolean): Promise<DnsAnswer> {
    const cnames: DnsAnswer["cnames"] = [];
    let current = name;
    let ttl = Number.POSITIVE_INFINITY;
    for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
      const reply = await ask(list, rounds, current, type, recursion);
      if ("error" in reply) return failed(name, type, reply.server.label, reply.error, cnames);
      const step = readAnswer(reply.packet, current, type, reply.server.label);
      for (const c of step.answer.cnames) {
        if (c.target === bare(name) || cnames.some((p) => p.name === c.target)) {
          return failed(name, type, reply.server.label, `CNAME loop at ${c.target}`, [...cnames, ...step.answer.cnames]);
        }
      }
      cnames.push(...step.answer.cnames);
      ttl = Math.min(ttl, step.answer.ttl);
      // The server gave only the alias (the target lies outside its zones): ask again for the target.
      if (step.continueAt === undefined) return { ...step.answer, name, cnames, ttl };
      current = step.continueAt;
    }
    return failed(name, type, list[0]!.label, `CNAME chain longer than ${MAX_CNAME_HOPS}`, cnames);
  }

  return {
    lookup: (name, type) => resolve(servers, retries + 1, name, type, options.recursion ?? true),
    queryServer: (spec, name, type, opts) => resolve([parseServer(spec)], 1, name, type, opts?.recursion ?? false),
    get queriesSent() {
      return sent;
    },
  };
}

function failed(name: string, type: RecordType, server: string, error: string, cnames: DnsAnswer["cnames"]): DnsAnswer {
  return { name, type, status: "error", records: [], cnames, ttl: 0, server, error };
}

const bare = (n: string) => n.toLowerCase().replace(/\.$/, "");

/**
 * Reads one reply: follows the CNAME chain inside the answer section and takes the
 * records at its end. Pure, so it is tested on packets without a socket.
 */
export function readAnswer(packet: Decoded, name: string, type: RecordType, server: string): { answer: DnsAnswer; continueAt?: string } {
  const answers = (packet.answers ?? []) as Rr[];
  const cnames: DnsAnswer["cnames"] = [];
  const seen = new Set<string>();
  let current = bare(name);
  let ttl = Number.POSITIVE_INFINITY;
  if (type !== "CNAME") {
    for (;;) {
      const alias = answers.find((a) => a.type === "CNAME" && bare(a.name) === current);
      if (!alias || seen.has(current)) break;
      seen.add(current);
      const target = bare(String(alias.data));
      cnames.push({ name: current, target });
      ttl = Math.min(ttl, alias.ttl ?? 0);
      current = target;
      if (seen.has(current)) return { answer: failed(name, type, server, `CNAME loop at ${current}`, cnames) };
    }
  }
  const matching = answers.filter((a) => a.type === type && bare(a.name) === current);
  if (matching.length > 0) {
    for (const a of matching) ttl = Math.min(ttl, a.ttl ?? 0);
    return { answer: { name, type, status: "ok", records: matching.map((a) => recordData(a)), cnames, ttl, server } };
  }
  const negativeTtl = soaNegativeTtl(packet);
  const status = packet.rcode === "NXDOMAIN" ? "nxdomain" : "nodata";
  const answer: DnsAnswer = { name, type, status, records: [], cnames, ttl: Math.min(ttl, negativeTtl), server };
  if (status === "nodata" && cnames.length > 0 && !packet.authorities?.some((a) => a.type === "SOA")) {
    return { answer, continueAt: current };
  }
  return { answer };
}

/** RFC 2308 §5: min(SOA TTL, SOA MINIMUM); without an SOA a negative answer is not cached. */
function soaNegativeTtl(packet: Decoded): number {
  const soa = (packet.authorities ?? []).find((a) => a.type === "SOA") as Rr | undefined;
  if (!soa) return 0;
  return Math.min(soa.ttl ?? 0, (soa.data as { minimum: number }).minimum);
}

function recordData(a: Rr): RecordData {
  switch (a.type) {
    case "TXT": {
      const data = a.data as Buffer | string | Array<Buffer | string>;
      return (Array.isArray(data) ? data : [data]).map((d) => (typeof d === "string" ? d : d.toString("utf8")));
    }
    case "MX":
      const mx = a.data as { preference: number; exchange: string };
      return { preference: mx.preference, exchange: bare(mx.exchange) };
    case "SOA":
      const soa = a.data as SoaRecord;
      return { ...soa, mname: bare(soa.mname), rname: bare(soa.rname) };
    case "A":
    case "AAAA":
      return String(a.data);
    case "CNAME":
    case "PTR":
    case "NS":
      return bare(String(a.data));
    default:
      // Type 99 (SPF) arrives as raw rdata: RFC 1035 character-strings, as in TXT.
      return readCharacterStrings(a.data as Buffer);
  }
}

function readCharacterStrings(rdata: Buffer): string[] {
  const strings: string[] = [];
  for (let i = 0; i < rdata.length;) {
    const len = rdata[i] ?? 0;
    strings.push(rdata.subarray(i + 1, i + 1 + len).toString("utf8"));
    i += 1 + len;
  }
  return strings;
}

function sendUdp(target: Server, message: Buffer, id: number, timeoutMs: number): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(net.isIPv6(target.host) ? "udp6" : "udp4");
    const done = (fn: () => void) => {
      clearTimeout(timer);
      socket.close();
      fn();
    };
    const timer = setTimeout(() => done(() => reject(new Error(`timeout after ${timeoutMs} ms`))), timeoutMs);
    socket.on("error", (e) => done(() => reject(e)));
    socket.on("message", (msg) => {
      let packet: Decoded;
      try {
        packet = dnsPacket.decode(msg);
      } catch {
        return done(() => reject(new Error("malformed reply")));
      }
      // A reply to another question (spoofed or late) is ignored; the timer still runs.
      if (packet.id === id) done(() => resolve(packet));
    });
    socket.send(message, target.port, target.host);
  });
}

function sendTcp(target: Server, message: Buffer, timeoutMs: number): Promise<Decoded> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(target.port, target.host);
    let buffer = Buffer.alloc(0);
    const done = (fn: () => void) => {
      clearTimeout(timer);
      socket.destroy();
      fn();
    };
    const timer = setTimeout(() => done(() => reject(new Error(`TCP timeout after ${timeoutMs} ms`))), timeoutMs);
    socket.on("error", (e) => done(() => reject(e)));
    socket.on("connect", () => socket.write(message));
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        const body = buffer.subarray(2, 2 + buffer.readUInt16BE(0));
        done(() => {
          try {
            resolve(dnsPacket.decode(body));
          } catch {
            reject(new Error("malformed TCP reply"));
          }
        });
      }
    });
  });
}
