import ipaddr from "ipaddr.js";

/** Global unicast IPv6 (RFC 4291 §2.4): anything outside it (IPv4-compatible ::a.b.c.d, site-local…) is not the public Internet. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * Whether an address is on the public Internet. ipaddr's range() names every special block (loopback, private,
 * link-local with the metadata service, CGNAT, unspecified, multicast, broadcast, documentation, NAT64, 6to4,
 * Teredo…) and answers "unicast" only for the rest; IPv4-mapped IPv6 is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  if (ip.range() !== "unicast") return false;
  return ip.kind() === "ipv4" || ip.match(GLOBAL_UNICAST_V6);
}

/** A name of the address's block for messages ("loopback", "private", "linkLocal"…). */
export function addressRange(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).range() : "invalid";
}

type Entry = { kind: "host"; name: string } | { kind: "cidr"; range: [ipaddr.IPv4 | ipaddr.IPv6, number] };

export type AllowList = readonly Entry[];

const bare = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");

/** OUTBOUND_ALLOW_HOSTS: host names, addresses and CIDR ranges, comma-separated. There is no wildcard on purpose. */
export function parseAllowList(value: string | undefined): AllowList {
  return (value ?? "")
    .split(",")
    .map(bare)
    .filter(Boolean)
    .map((item): Entry => {
      if (item.includes("/")) return { kind: "cidr", range: ipaddr.parseCIDR(item) };
      if (ipaddr.isValid(item)) {
        const ip = ipaddr.process(item);
        return { kind: "cidr", range: [ip, ip.kind() === "ipv4" ? 32 : 128] };
      }
      return { kind: "host", name: item };
    });
}

/** Whether an admin listed this host name, or a range holding the address it resolved to. */
export function isAllowed(list: AllowList, host: string, address: string): boolean {
  const name = bare(host);
  const ip = ipaddr.isValid(address) ? ipaddr.process(address) : undefined;
  return list.some((e) => {
    if (e.kind === "host") return e.name === name;
    return ip !== undefined && ip.kind() === e.range[0].kind() && ip.match(e.range);
  });
}
