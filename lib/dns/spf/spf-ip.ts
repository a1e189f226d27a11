import ipaddr from "ipaddr.js";

export type ClientIp = {
  family: 4 | 6;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  /** The address as a person writes it (%{c}). */
  text: string;
  /** %{i}: dotted quad, or 32 dot-separated nibbles for IPv6 (§7.3). */
  macro: string;
  /** The PTR query name under in-addr.arpa or ip6.arpa. */
  reverseName: string;
  /** 32 or 128 for one address; shorter for a block evaluated as one client (see clientRange). */
  prefix: number;
};

/** A term matches part of a client block: each half must be evaluated on its own. */
export class RangeSplit {}
/** A term depends on the single address (ptr, %{i}, %{p}): a block has no one answer. */
export class AddressDependent {
  constructor(readonly term: string) {}
}

export const isRange = (ip: ClientIp) => ip.prefix < (ip.family === 4 ? 32 : 128);

/**
 * Parses the client address. Only an IPv4-mapped address (::ffff:a.b.c.d) is the
 * IPv4 client it stands for (RFC 7208 §5); an IPv4-compatible one (::a.b.c.d,
 * RFC 4291 §2.5.5) is an IPv6 address like any other.
 */
export function parseClientIp(text: string): ClientIp | undefined {
  let address = parseAddress(text);
  if (!address) return undefined;
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  if (address.kind() === "ipv4") {
    const octets = (address as ipaddr.IPv4).octets;
    return {
      family: 4,
      address,
      text: address.toString(),
      macro: octets.join("."),
      reverseName: `${[...octets].reverse().join(".")}.in-addr.arpa`,
      prefix: 32,
    };
  }
  const nibbles = expandIp6(text).flatMap((h) => h.padStart(4, "0").split(""));
  return {
    family: 6,
    address,
    text: address.toString(),
    macro: nibbles.join("."),
    reverseName: `${[...nibbles].reverse().join(".")}.ip6.arpa`,
    prefix: 128,
  };
}

/**
 * A CIDR block as one client, so check_host() can judge a whole range of
 * senders at once (amazonses.com's ranges). It has no %{i} or PTR name: terms
 * that need them throw AddressDependent.
 */
export function clientRange(network: string, prefix: number): ClientIp | undefined {
  const parsed = parseAddress(network);
  const bits = parsed?.kind() === "ipv4" ? 32 : 128;
  if (!parsed || prefix < 0 || prefix > bits) return undefined;
  const bytes = parsed.toByteArray().map((b, i) => b & ((0xff << Math.max(0, Math.min(8, 8 * (i + 1) - prefix))) & 0xff));
  const address = ipaddr.fromByteArray(bytes);
  return { family: bits === 32 ? 4 : 6, address, text: `${address.toString()}/${prefix}`, macro: "", reverseName: "", prefix };
}

/** The two halves of a client block. */
export function splitRange(ip: ClientIp): [ClientIp, ClientIp] {
  const bytes = ip.address.toByteArray();
  const bit = ip.prefix;
  bytes[bit >> 3] = bytes[bit >> 3]! | (0x80 >> (bit & 7));
  const high = ipaddr.fromByteArray(bytes).toString();
  return [clientRange(ip.address.toString(), bit + 1)!, clientRange(high, bit + 1)!];
}

/**
 * Whether the client lies in network/prefix; addresses of the other family never
 * match (§5.6). A block that lies only partly inside throws RangeSplit.
 */
export function inNetwork(ip: ClientIp, network: string, prefix: number): boolean {
  let net = parseNetwork(network);
  if (net?.kind() === "ipv6" && ip.family === 4 && (net as ipaddr.IPv6).isIPv4MappedAddress()) net = (net as ipaddr.IPv6).toIPv4Address();
  if (!net || net.kind() !== ip.address.kind()) return false;
  if (ip.prefix >= prefix) return ip.address.match(net, prefix);
  // A shorter network prefix than the block's: CIDR blocks nest or are disjoint.
  if (net.match(ip.address, ip.prefix)) throw new RangeSplit();
  return false;
}

// Addresses from records and ip4:/ip6: terms repeat from check to check; parse each once.
const networks = new Map<string, ipaddr.IPv4 | ipaddr.IPv6 | null>();

function parseNetwork(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let net = networks.get(text);
  if (net !== undefined) return net;
  net = parseAddress(text) ?? null;
  if (networks.size >= 5000) networks.clear();
  networks.set(text, net);
  return net;
}

/**
 * ipaddr.js reads every IPv6 text with a dotted IPv4 tail as IPv4-mapped, so
 * ::192.0.2.1 would come back as ::ffff:192.0.2.1: the tail is rewritten as
 * two hex groups first, which keeps the address RFC 4291 gives it.
 */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const hex = text.includes(":")
    ? text.replace(/(\d+\.\d+\.\d+\.\d+)$/, (dotted) =>
        ipaddr.IPv4.isValidFourPartDecimal(dotted) ? ipv4Groups(dotted).join(":") : dotted,
      )
    : text;
  return ipaddr.isValid(hex) ? ipaddr.parse(hex) : undefined;
}

/**
 * The eight hex groups of an IPv6 address with the digits' case kept as written: the
 * RFC 7208 suite expects %{i} of CAFE:BABE::1 to read E.B.A.B.E.F.A.C.
 */
function expandIp6(text: string): string[] {
  const toGroups = (part: string) => (part === "" ? [] : part.split(":").flatMap((g) => (g.includes(".") ? ipv4Groups(g) : [g])));
  const [head = "", tail] = text.split("::");
  const left = toGroups(head);
  const right = tail === undefined ? [] : toGroups(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}

function ipv4Groups(dotted: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
