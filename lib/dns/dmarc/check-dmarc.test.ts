import { describe, expect, it } from "vitest";
import { checkDmarc } from "./check-dmarc";
import { createZoneDataLookup } from "./zone-data-lookup";

const txt = (...records: string[]) => ({ TXT: records.map((r) => [r]) });
const codes = async (zone: Parameters<typeof createZoneDataLookup>[0], domain = "news.example.com") =>
  (await checkDmarc(domain, createZoneDataLookup(zone))).findings.map((f) => f.code);

describe("checkDmarc", () => {
  it("applies a parent's record through sp, and says so", async () => {
    const r = await checkDmarc(
      "news.example.com",
      createZoneDataLookup({ "_dmarc.example.com": txt("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com") }),
    );
    expect(r).toMatchObject({ state: "found", policy: "quarantine", location: "_dmarc.example.com", status: "ok", source: "parent" });
    expect(r.findings.map((f) => f.code)).toEqual(["dmarc.inherited", "dmarc.policy-quarantine"]);
  });

  it("RFC 9091: a policy found at a public suffix is labelled as the suffix operator's, not the domain's own", async () => {
    const atSuffix = await checkDmarc(
      "shop.example.co.uk",
      createZoneDataLookup({ "_dmarc.co.uk": txt("v=DMARC1; p=reject; sp=quarantine") }),
    );
    expect(atSuffix).toMatchObject({ state: "found", source: "psd", policy: "quarantine", location: "_dmarc.co.uk" });
    expect(atSuffix.findings.map((f) => f.code)).toEqual(["dmarc.no-rua", "dmarc.psd-policy", "dmarc.policy-quarantine"]);
    expect(atSuffix.findings[1]!.message).toContain("policy published by the public suffix operator (RFC 9091)");
    expect(atSuffix.findings[1]!.fix).toContain("_dmarc.shop.example.co.uk");

    // psd=y (RFC 9989) marks a suffix operator's record even where the public suffix list does not list the name.
    const flagged = await checkDmarc(
      "news.example.org",
      createZoneDataLookup({ "_dmarc.example.org": txt("v=DMARC1; p=reject; psd=y; rua=mailto:d@example.org") }),
    );
    expect(flagged).toMatchObject({ source: "psd" });
    const own = await checkDmarc(
      "example.com",
      createZoneDataLookup({ "_dmarc.example.com": txt("v=DMARC1; p=reject; rua=mailto:d@example.com") }),
    );
    expect(own.source).toBe("domain");
  });

  it("reports a look-alike record as invalid rather than missing", async () => {
    const r = await checkDmarc("example.com", createZoneDataLookup({ "_dmarc.example.com": txt("v=dmarc1; p=reject") }));
    expect(r.state).toBe("invalid");
    expect(r.findings.map((f) => f.code)).toEqual(["dmarc.syntax"]);
  });

  it("warns about unrelated TXT records and removed tags, and explains t=y", async () => {
    expect(
      await codes({
        "_dmarc.news.example.com": txt("v=DMARC1; p=reject; pct=50; t=y; rua=mailto:d@example.com", "google-site-verification=x"),
      }),
    ).toEqual(["dmarc.unrelated-records", "dmarc.removed-tag", "dmarc.testing"]);
  });

  it("RFC 7489 §6.6.3: an invalid p= with a valid rua is read as p=none and reported as a syntax error, not as no DMARC", async () => {
    const r = await checkDmarc(
      "example.com",
      createZoneDataLookup({ "_dmarc.example.com": txt("v=DMARC1; p=rejct; rua=mailto:d@example.com") }),
    );
    expect(r).toMatchObject({ state: "found", policy: "none", status: "error", record: "v=DMARC1; p=rejct; rua=mailto:d@example.com" });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ["dmarc.syntax", "error"],
      ["dmarc.policy-none", "warning"],
    ]);
    expect(r.findings[0]!.message).toMatch(/p=rejct is not a valid policy.*p=none \(RFC 7489 §6\.6\.3\)/);
  });

  it("RFC 7489 §6.6.3: a record without p= but with a valid rua is read as p=none; without rua it is no DMARC record", async () => {
    const r = await checkDmarc("example.com", createZoneDataLookup({ "_dmarc.example.com": txt("v=DMARC1; rua=mailto:d@example.com") }));
    expect(r).toMatchObject({ state: "found", policy: "none" });
    expect(r.findings.map((f) => f.code)).toEqual(["dmarc.no-policy-tag", "dmarc.policy-none"]);
    const none = await checkDmarc("example.com", createZoneDataLookup({ "_dmarc.example.com": txt("v=DMARC1; p=rejct") }));
    expect(none).toMatchObject({ state: "invalid", policy: null });
    expect(none.findings.map((f) => f.code)).toEqual(["dmarc.syntax"]);
  });

  it("does not fall back to the parent when the domain has several records", async () => {
    const r = await checkDmarc(
      "news.example.com",
      createZoneDataLookup({
        "_dmarc.news.example.com": txt("v=DMARC1; p=none", "v=DMARC1; p=reject"),
        "_dmarc.example.com": txt("v=DMARC1; p=reject"),
      }),
    );
    expect(r).toMatchObject({ state: "invalid", policy: null, location: "_dmarc.news.example.com" });
    expect(r.findings.map((f) => f.code)).toEqual(["dmarc.multiple-records"]);
  });

  it("reads a record split into several strings as one", async () => {
    const r = await checkDmarc(
      "example.com",
      createZoneDataLookup({ "_dmarc.example.com": { TXT: [["v=DMARC1; p=re", "ject; rua=mailto:d@example.com"]] } }),
    );
    expect(r).toMatchObject({ policy: "reject", findings: [] });
  });
});
