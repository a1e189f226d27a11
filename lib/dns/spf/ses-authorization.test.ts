import { describe, expect, it } from "vitest";
import { createZoneDataLookup } from "../dmarc/zone-data-lookup";
import type { DnsLookup } from "../types";
import { isSesAuthorized } from "./ses-authorization";

const SES_BLOCKS = [
  "199.255.192.0/22",
  "199.127.232.0/22",
  "54.240.0.0/18",
  "69.169.224.0/20",
  "23.249.208.0/20",
  "23.251.224.0/19",
  "76.223.176.0/20",
  "54.240.64.0/19",
  "54.240.96.0/19",
  "76.223.128.0/19",
  "216.221.160.0/19",
  "206.55.144.0/20",
];
const SES_SPF = `v=spf1 ${SES_BLOCKS.map((b) => `ip4:${b}`).join(" ")} -all`;
// The first /24 of every block: it holds the one address per block the check used to sample.
const BY_HAND = `v=spf1 ${SES_BLOCKS.map((b) => `ip4:${b.split("/")[0]}/24`).join(" ")} ~all`;

const zone = (records: Record<string, string>) =>
  createZoneDataLookup({
    "amazonses.com": { TXT: [[SES_SPF]] },
    ...Object.fromEntries(Object.entries(records).map(([name, text]) => [name, { TXT: [[text]] }])),
  });
const authorize = (domain: string, lookup: DnsLookup) => isSesAuthorized(domain, "us-east-1", lookup);

describe("SES authorization, range by range", () => {
  it("RFC 7208 §5.2: include:amazonses.com passes every address of every SES range, also through an include chain", async () => {
    const lookup = zone({
      "mail.a.example": "v=spf1 include:amazonses.com ~all",
      "mail.b.example": "v=spf1 include:_spf.b.example ~all",
      "_spf.b.example": "v=spf1 ip4:192.0.2.0/24 include:amazonses.com -all",
    });
    const a = await authorize("mail.a.example", lookup);
    expect(a.authorized).toBe(true);
    expect(a.ranges.map((r) => r.range)).toEqual(SES_BLOCKS);
    expect(a.ranges.every((r) => r.pieces.length === 1 && r.pieces[0]!.result === "pass")).toBe(true);
    expect((await authorize("mail.b.example", lookup)).authorized).toBe(true);
  });

  it("RFC 7208 §5.6: a record listing parts of SES's ranges by hand is not authorized, though every sampled address passes", async () => {
    const r = await authorize("mail.c.example", zone({ "mail.c.example": BY_HAND }));
    expect(r.authorized).toBe(false);
    expect(r.reason).toMatch(
      /gives softfail for 199\.255\.193\.0\/24, part of SES's range 199\.255\.192\.0\/22 \(and 11 more of SES's 12 ranges\)/,
    );
  });

  it("RFC 7208 §4.6.2: a fail listed before the include carves a hole in SES's range, so it is not authorized", async () => {
    const r = await authorize("mail.d.example", zone({ "mail.d.example": "v=spf1 -ip4:54.240.8.0/24 include:amazonses.com ~all" }));
    expect(r.authorized).toBe(false);
    expect(r.reason).toContain("gives fail for 54.240.8.0/24, part of SES's range 54.240.0.0/18: matched -ip4:54.240.8.0/24");
    expect(r.ranges.find((x) => x.range === "54.240.0.0/18")!.pieces.filter((p) => p.result === "pass")).toHaveLength(6);
  });

  it("RFC 7208 §5.2: halves that together cover SES's ranges, one here and one through an include, pass: every address passes", async () => {
    const half = (b: string, which: 0 | 1) => {
      const [net, len] = b.split("/") as [string, string];
      const n = net.split(".").reduce((acc, o) => acc * 256 + Number(o), 0) + which * 2 ** (31 - Number(len));
      return `ip4:${[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".")}/${Number(len) + 1}`;
    };
    const lookup = zone({
      "mail.e.example": `v=spf1 ${SES_BLOCKS.map((b) => half(b, 0)).join(" ")} include:_rest.e.example -all`,
      "_rest.e.example": `v=spf1 ${SES_BLOCKS.map((b) => half(b, 1)).join(" ")} -all`,
    });
    const r = await authorize("mail.e.example", lookup);
    expect(r.authorized).toBe(true);
    expect(r.ranges.every((x) => x.pieces.length === 2)).toBe(true);
  });

  it("RFC 7208 §5.5: a ptr term before the include depends on each address, so SES's ranges cannot be shown to pass", async () => {
    const r = await authorize("mail.g.example", zone({ "mail.g.example": "v=spf1 ptr include:amazonses.com ~all" }));
    expect(r.authorized).toBe(false);
    expect(r.reason).toContain("ptr depends on the individual address");
  });

  it("RFC 7208 §4.4: a DNS error, at the domain or at amazonses.com, decides nothing", async () => {
    const failing = (name: string): DnsLookup => {
      const inner = zone({ "mail.h.example": "v=spf1 include:amazonses.com ~all" });
      return async (n, type) =>
        n === name
          ? { name: n, type, status: "error", records: [], cnames: [], ttl: 0, server: "memory", error: "SERVFAIL" }
          : inner(n, type);
    };
    expect(await authorize("mail.h.example", failing("mail.h.example"))).toMatchObject({
      authorized: null,
      reason: expect.stringContaining("SERVFAIL"),
    });
    expect(await authorize("mail.h.example", failing("amazonses.com"))).toMatchObject({
      authorized: null,
      reason: expect.stringContaining("could not read SES's sending ranges"),
    });
  });
});
