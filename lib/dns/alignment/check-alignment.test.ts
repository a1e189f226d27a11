import { describe, expect, it } from "vitest";
import { checkAlignment, type AlignmentInput } from "./check-alignment";

const base: AlignmentInput = {
  fromDomain: "example.com",
  identityDomain: "example.com",
  dmarc: { state: "found", adkim: "r", aspf: "r" },
  dkim: { signingEnabled: true, sesStatus: "SUCCESS", dns: "ok" },
  mailFrom: { domain: "mail.example.com", sesStatus: "SUCCESS", dns: "ok", spfAuthorizesSes: true },
};
const codes = (i: AlignmentInput) => checkAlignment(i).findings.map((f) => f.code);

describe("checkAlignment", () => {
  it("passes through both paths when DKIM and a custom MAIL FROM are verified, relaxed", () => {
    expect(checkAlignment(base)).toMatchObject({ dmarcPasses: true, via: "both", findings: [] });
  });

  it("rests on DKIM alone without a custom MAIL FROM, and says so", () => {
    const r = checkAlignment({ ...base, mailFrom: { dns: "ok", spfAuthorizesSes: null } });
    expect(r).toMatchObject({ dmarcPasses: true, via: "dkim" });
    expect(r.findings.map((f) => f.code)).toEqual(["alignment.spf-default-mail-from", "alignment.single-path"]);
  });

  it("passes through SPF when DKIM is not verified yet but the MAIL FROM is", () => {
    const r = checkAlignment({ ...base, dkim: { signingEnabled: true, sesStatus: "PENDING", dns: "bad" } });
    expect(r).toMatchObject({ dmarcPasses: true, via: "spf" });
    expect(r.findings.map((f) => f.code)).toEqual(["alignment.dkim-not-verified"]);
  });

  it("cannot align SPF under aspf=s with a MAIL FROM subdomain", () => {
    const i = { ...base, dmarc: { state: "found" as const, adkim: "r" as const, aspf: "s" as const } };
    expect(checkAlignment(i)).toMatchObject({ dmarcPasses: true, via: "dkim" });
    expect(codes(i)).toContain("alignment.spf-strict");
  });

  it("cannot align DKIM under adkim=s when From is a subdomain of the identity", () => {
    const i = { ...base, fromDomain: "news.example.com", dmarc: { state: "found" as const, adkim: "s" as const, aspf: "r" as const } };
    expect(checkAlignment(i)).toMatchObject({ dmarcPasses: true, via: "spf" });
    expect(codes(i)).toContain("alignment.dkim-strict");
  });

  it("fails with an error when neither path passes", () => {
    const i: AlignmentInput = {
      ...base,
      dkim: { signingEnabled: false, dns: "ok" },
      mailFrom: { domain: "mail.example.com", sesStatus: "FAILED", dns: "bad", spfAuthorizesSes: false },
    };
    const r = checkAlignment(i);
    expect(r).toMatchObject({ dmarcPasses: false, via: null });
    expect(r.findings.find((f) => f.code === "alignment.fails")?.severity).toBe("error");
  });

  it("does not decide when the DNS could not be read, and gives no pass without a DMARC record", () => {
    expect(
      checkAlignment({ ...base, dkim: { ...base.dkim, dns: "unknown" }, mailFrom: { ...base.mailFrom, dns: "unknown" } }).dmarcPasses,
    ).toBeNull();
    expect(checkAlignment({ ...base, dmarc: { ...base.dmarc, state: "unknown" } }).dmarcPasses).toBeNull();
    expect(checkAlignment({ ...base, dmarc: { ...base.dmarc, state: "missing" } })).toMatchObject({ dmarcPasses: false, via: null });
  });

  it("uses the public suffix list for relaxed alignment", () => {
    const i = {
      ...base,
      fromDomain: "shop.example.co.uk",
      identityDomain: "example.co.uk",
      mailFrom: { ...base.mailFrom, domain: "mail.example.co.uk" },
    };
    expect(checkAlignment(i).via).toBe("both");
    const other = {
      ...base,
      fromDomain: "a.github.io",
      identityDomain: "b.github.io",
      mailFrom: { ...base.mailFrom, domain: "mail.b.github.io" },
    };
    expect(checkAlignment(other).dmarcPasses).toBe(false);
  });
});
