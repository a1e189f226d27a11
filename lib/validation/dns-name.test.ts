import { describe, expect, it } from "vitest";
import { dnsNameProblem } from "./dns-name";

describe("dnsNameProblem", () => {
  it("RFC 1035 §2.3.4: accepts 63-octet labels and 253-octet names, with or without the final dot", () => {
    expect(dnsNameProblem(`${"a".repeat(63)}.example.`)).toBeNull();
    expect(dnsNameProblem(`${Array.from({ length: 4 }, () => "b".repeat(62)).join(".")}.e`)).toBeNull();
    expect(dnsNameProblem("_spf.example.com")).toBeNull();
  });

  it("RFC 1035 §2.3.4: refuses a label over 63 octets, counting octets rather than characters", () => {
    expect(dnsNameProblem(`${"é".repeat(32)}.example`)).toMatch(/64 octets.*63 characters/);
  });

  it("RFC 1035 §2.3.4: refuses a name over 253 octets and an empty label", () => {
    expect(dnsNameProblem(`${Array.from({ length: 4 }, () => "b".repeat(62)).join(".")}.ex`)).toMatch(/254 octets/);
    expect(dnsNameProblem("a..example")).toMatch(/empty label/);
    expect(dnsNameProblem(".example")).toMatch(/empty label/);
    expect(dnsNameProblem("")).toMatch(/empty/);
  });
});
