import { describe, expect, it } from "vitest";
import { mailFromSpfRecord, mergeSpfInclude, toTxtStrings } from "./merge-spf-record";

describe("SPF merge generator", () => {
  it("adds include:amazonses.com before the all term and keeps every mechanism", () => {
    const r = mergeSpfInclude("v=spf1 ip4:192.0.2.0/24 include:_spf.google.com mx ~all exp=why.example.com", 3);
    expect(r).toMatchObject({
      ok: true,
      lookups: 4,
      unchanged: false,
      record: "v=spf1 ip4:192.0.2.0/24 include:_spf.google.com mx include:amazonses.com ~all exp=why.example.com",
    });
  });

  it("places the include before modifiers when there is no all", () => {
    expect(mergeSpfInclude("v=spf1 a redirect=_spf.example.com", 2)).toMatchObject({
      ok: true,
      record: "v=spf1 a include:amazonses.com redirect=_spf.example.com",
    });
  });

  it("leaves a record that already includes SES unchanged", () => {
    expect(mergeSpfInclude("v=spf1 include:amazonses.com ~all", 1)).toMatchObject({ ok: true, unchanged: true, lookups: 1 });
  });

  it("refuses a merge that would pass 10 lookups, and a broken record, with the reason", () => {
    const r = mergeSpfInclude("v=spf1 include:a.example include:b.example ~all", 10);
    expect(r).toMatchObject({ ok: false, lookups: 11 });
    expect(!r.ok && r.reason).toMatch(/11 DNS lookups/);
    expect(mergeSpfInclude("v=spf1 include:a.example include:b.example ~all", 9)).toMatchObject({ ok: true, lookups: 10 });
    expect(mergeSpfInclude("v=spf1 ip4:1.2.3.4~all", 0)).toMatchObject({ ok: false, reason: expect.stringMatching(/syntax error/) });
  });

  it("gives the MAIL FROM record and splits long values into 255-octet strings at spaces", () => {
    expect(mailFromSpfRecord()).toBe("v=spf1 include:amazonses.com ~all");
    const long = `v=spf1 ${Array.from({ length: 30 }, (_, i) => `ip4:198.51.100.${i}`).join(" ")} -all`;
    const strings = toTxtStrings(long);
    expect(strings.join("")).toBe(long);
    expect(strings.every((s) => s.length <= 255)).toBe(true);
    expect(strings[0]!.endsWith(" ")).toBe(true);
    expect(toTxtStrings("x".repeat(300))).toEqual(["x".repeat(255), "x".repeat(45)]);
  });
});
