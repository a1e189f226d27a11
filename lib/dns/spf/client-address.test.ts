import { describe, expect, it } from "vitest";
import { createZoneDataLookup } from "../dmarc/zone-data-lookup";
import { checkHost } from "./check-host";

// Records per client family, answered from zone data in memory through the real evaluator.
const lookup = createZoneDataLookup({
  "v6.example": { TXT: [["v=spf1 ip6:::/96 -all"]] },
  "v4.example": { TXT: [["v=spf1 ip4:192.0.2.0/24 -all"]] },
  "macro.example": { TXT: [["v=spf1 exists:%{v}.%{ir}.macro.example -all"]] },
  "ip6.1.0.2.0.0.0.0.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.macro.example": { A: ["127.0.0.2"] },
});
const evaluate = (ip: string, domain: string) => checkHost({ ip, mailFrom: `postmaster@${domain}`, helo: "mx.example" }, { lookup });

describe("the client address's family", () => {
  it("RFC 4291 §2.5.5: an IPv4-compatible address (::192.0.2.1) is IPv6, so ip6:::/96 matches it and ip4 does not", async () => {
    expect((await evaluate("::192.0.2.1", "v6.example")).result).toBe("pass");
    expect((await evaluate("::192.0.2.1", "v4.example")).result).toBe("fail");
  });

  it("RFC 7208 §5: only an IPv4-mapped address (::ffff:192.0.2.1) is evaluated as the IPv4 client", async () => {
    expect((await evaluate("::ffff:192.0.2.1", "v4.example")).result).toBe("pass");
    expect((await evaluate("::ffff:192.0.2.1", "v6.example")).result).toBe("fail");
  });

  it("RFC 7208 §7.3: %{v} and %{i} of an IPv4-compatible address are ip6 and its 32 nibbles", async () => {
    expect((await evaluate("::192.0.2.1", "macro.example")).result).toBe("pass");
  });
});
