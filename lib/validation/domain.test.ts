import { describe, expect, it } from "vitest";
import { addDomainSchema, dmarcChoiceSchema } from "./domain";

describe("domain validation", () => {
  it("normalizes a domain and the MAIL FROM label", () => {
    expect(addDomainSchema.parse({ domain: " News.Example.COM. ", mailFrom: "Mail" })).toEqual({
      domain: "news.example.com",
      mailFrom: "mail",
    });
    expect(addDomainSchema.parse({ domain: "xn--bcher-kva.example", mailFrom: "" })).toEqual({
      domain: "xn--bcher-kva.example",
      mailFrom: undefined,
    });
  });

  it.each([
    ["", /Enter a domain/],
    ["someone@example.com", /e-mail address/],
    ["https://example.com/", /without http/],
    ["localhost", /full domain/],
    ["-bad.example.com", /inner hyphens/],
    ["exa_mple.com", /inner hyphens/],
    ["example.123", /top-level/],
    [`${"a".repeat(64)}.com`, /63 characters/],
    [`${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.com`, /253 characters/],
    ["mail..example.com", /empty label/],
  ])("refuses %j with a reason", (domain, reason) => {
    const r = addDomainSchema.safeParse({ domain });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(reason);
  });

  it("falls back to a none policy and drops a bad report address", () => {
    expect(dmarcChoiceSchema.parse({ policy: "bogus", rua: "not an address" })).toEqual({ policy: "none", rua: undefined });
    expect(dmarcChoiceSchema.parse({ policy: "reject", rua: "Dmarc@Example.com" })).toEqual({ policy: "reject", rua: "dmarc@example.com" });
  });
});
