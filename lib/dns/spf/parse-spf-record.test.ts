import { describe, expect, it } from "vitest";
import { parseSpfRecord } from "./parse-spf-record";
import { checkDomainSpec, expandMacroString, truncateDomain, type MacroValues } from "./spf-macro";
import { parseClientIp } from "./spf-ip";

const ok = (text: string) => {
  const r = parseSpfRecord(text);
  if (!r.ok) throw new Error(r.error);
  return r.record;
};
const error = (text: string) => {
  const r = parseSpfRecord(text);
  return r.ok ? undefined : r.error;
};

describe("SPF record parser (RFC 7208 §4.6, §5, §6, §12)", () => {
  it("reads qualifiers, mechanisms, dual CIDR and modifiers", () => {
    const r = ok(
      "v=spf1 -a/24//64 ~mx:mail.example.com//48 ?ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com exists:%{i}.x.example.com ptr redirect=other.example.com exp=why.example.com x-note=hi",
    );
    expect(r.mechanisms.map((m) => [m.qualifier, m.kind, m.domainSpec ?? m.network, m.cidr4, m.cidr6])).toEqual([
      ["-", "a", undefined, 24, 64],
      ["~", "mx", "mail.example.com", 32, 48],
      ["?", "ip4", "192.0.2.0", 24, undefined],
      ["+", "ip6", "2001:db8::", undefined, 32],
      ["+", "include", "_spf.example.com", undefined, undefined],
      ["+", "exists", "%{i}.x.example.com", undefined, undefined],
      ["+", "ptr", undefined, undefined, undefined],
    ]);
    expect([r.redirect, r.exp, r.unknownModifiers.map((m) => m.name)]).toEqual(["other.example.com", "why.example.com", ["x-note"]]);
  });

  it("accepts several spaces and a trailing space, and notes terms after all", () => {
    expect(ok("v=spf1  a   -all ").mechanisms).toHaveLength(2);
    expect(ok("v=spf1 -all a").afterAll).toEqual(["a"]);
  });

  it("rejects what the grammar does not allow", () => {
    expect(error("v=spf1 ip4:192.0.2.5~all")).toMatch(/IPv4/);
    expect(error("v=spf1 ip4:1.2.3.4/33")).toMatch(/longer than 32/);
    expect(error("v=spf1 ip4:1.2.03.4")).toMatch(/not an IPv4/);
    expect(error("v=spf1 ip4:2001:db8::1")).toMatch(/looks like IPv6/);
    expect(error("v=spf1 ip6:2001:db8::/129")).toMatch(/longer than 128/);
    expect(error("v=spf1 a:example.com/024")).toBeDefined();
    expect(error("v=spf1 -all:foo")).toMatch(/no argument/);
    expect(error("v=spf1 include")).toMatch(/needs/);
    expect(error("v=spf1 a:foo-bar")).toMatch(/fully qualified/);
    expect(error("v=spf1 prt:example.com")).toMatch(/did you mean ptr/);
    expect(error("v=spf1 redirect=a.example.com redirect=b.example.com")).toMatch(/more than once/);
    expect(error("v=spf1 a:ctrl.example.com\rptr")).toMatch(/not allowed/);
    expect(error("v=spf1 a:%{x}.example.com")).toMatch(/unknown macro letter/);
    expect(error("v=spf1 exists:%{c}.example.com")).toMatch(/only in exp/);
    expect(error("v=spf10 -all")).toMatch(/does not start/);
  });
});

describe("macros (RFC 7208 §7)", () => {
  // The values of the examples in §7.4.
  const v: MacroValues = {
    s: "strong-bad@email.example.com",
    l: "strong-bad",
    o: "email.example.com",
    d: "email.example.com",
    i: "192.0.2.3",
    v: "in-addr",
    h: "mx.example.org",
    c: "192.0.2.3",
    r: "receiver.example",
    t: "1000",
    p: "mx.example.org",
  };
  it("expands the RFC's examples", () => {
    expect(expandMacroString("%{s}", v)).toBe("strong-bad@email.example.com");
    expect(expandMacroString("%{d4}", v)).toBe("email.example.com");
    expect(expandMacroString("%{d2}", v)).toBe("example.com");
    expect(expandMacroString("%{dr}", v)).toBe("com.example.email");
    expect(expandMacroString("%{d2r}", v)).toBe("example.email");
    expect(expandMacroString("%{l-}", v)).toBe("strong.bad");
    expect(expandMacroString("%{lr-}", v)).toBe("bad.strong");
    expect(expandMacroString("%{l1r-}", v)).toBe("strong");
    expect(expandMacroString("%{ir}.%{v}._spf.%{d2}", v)).toBe("3.2.0.192.in-addr._spf.example.com");
    expect(expandMacroString("%{S}", v)).toBe("strong-bad%40email.example.com");
    expect(expandMacroString("a%%b%_c%-d", v)).toBe("a%b c%20d");
    expect(expandMacroString("%{c} at %{t}", v, { explain: true })).toBe("192.0.2.3 at 1000");
  });

  it("writes IPv6 clients as nibbles for %{i}", () => {
    const ip = parseClientIp("2001:db8::cb01")!;
    expect(ip.macro).toBe("2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1");
    expect(expandMacroString("%{ir}.%{v}._spf.%{d2}", { ...v, i: ip.macro, v: "ip6" })).toBe(
      "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com",
    );
    expect(parseClientIp("::ffff:192.0.2.1")).toMatchObject({ family: 4, macro: "192.0.2.1" });
  });

  it("checks domain-spec endings and truncates long names from the left", () => {
    expect(checkDomainSpec("%{d}")).toBeUndefined();
    expect(checkDomainSpec("_spf.example.com.")).toBeUndefined();
    expect(checkDomainSpec("example.123")).toMatch(/fully qualified/);
    const long = `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.example.com`;
    expect(truncateDomain(long)).toBe(`${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.example.com`);
  });
});
