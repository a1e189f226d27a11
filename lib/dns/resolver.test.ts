import { describe, expect, it } from "vitest";
import { parseResolvConf } from "./resolver";

describe("resolv.conf", () => {
  it("takes the nameserver lines in order and drops IPv6 zone indexes", () => {
    const text = "# generated\nsearch example.com\nnameserver 192.0.2.53\n nameserver fe80::1%eth0\noptions ndots:2\nnameserver 2001:db8::53\n";
    expect(parseResolvConf(text)).toEqual(["192.0.2.53", "fe80::1", "2001:db8::53"]);
  });
});
