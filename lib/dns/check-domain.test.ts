import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario, type DnsScenario } from "../../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import { checkDomain, allFindings, type DomainCheckInput } from "./check-domain";
import { createDnsClient } from "./dns-client";
import { toTxtStrings } from "./spf/merge-spf-record";

// amazonses.com's own SPF record, which include:amazonses.com evaluates.
const SES_SPF =
  "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19 ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all";

// Integration: zones served by the simulated DNS server on loopback, read through the real DNS client.
let dns: SimulatedDns;
let lookup: DomainCheckInput["lookup"];
let n = 0;
const tokens = (d: string) => ["a", "b", "c"].map((x) => `${x}${d.replace(/\W/g, "")}tok`);
const key2048 = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ format: "der", type: "spki" }).toString("base64");

/** A fresh domain loaded with a scenario; SES's DKIM keys answer behind the CNAMEs. */
function domainWith(scenario: DnsScenario) {
  const domain = `d${++n}-${scenario}.example`;
  const t = tokens(domain);
  loadScenario(dns.zones, scenario, domain, t);
  for (const tok of t)
    dns.zones.set(`${tok}.dkim.amazonses.com`, [{ type: "TXT", data: [`v=DKIM1; k=rsa; p=${key2048.slice(0, 250)}`, key2048.slice(250)] }]);
  return {
    domain,
    t,
    check: (extra: Partial<DomainCheckInput> = {}) =>
      checkDomain({ domain, region: "us-east-1", dkimTokens: t, mailFromDomain: `mail.${domain}`, lookup, ...extra }),
  };
}

const codes = (c: Awaited<ReturnType<typeof checkDomain>>) => allFindings(c).map((f) => f.code);

beforeAll(async () => {
  dns = await startSimulatedDns();
  dns.zones.addZone("amazonses.com");
  dns.zones.set("amazonses.com", [{ type: "TXT", data: SES_SPF }]);
  dns.zones.addZone("reports.example.net");
  // The RFC 9989 tree walk asks up to the top-level domain, as a real resolver would answer it.
  dns.zones.addZone("example");
  dns.zones.addZone("spf-apex.example");
  lookup = createDnsClient({ servers: [`127.0.0.1:${dns.port}`], timeoutMs: 300, retries: 0 }).lookup;
});
afterAll(() => dns.close());

describe("checkDomain against the simulated DNS", () => {
  it("passes a correct SES set-up, with DMARC passing through DKIM", async () => {
    const c = await domainWith("correct").check();
    expect(allFindings(c).filter((f) => f.severity !== "info")).toEqual([]);
    expect(c.verdict).toBe("pass");
    expect(c.dkim.records.map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
    expect(c.dkim.records[0]).toMatchObject({
      expected: expect.stringMatching(/\.dkim\.amazonses\.com$/),
      relativeName: expect.stringMatching(/^a.*tok\._domainkey$/),
    });
    expect(c.dmarc).toMatchObject({ status: "ok", policy: "quarantine" });
    expect(c.mailFrom.status).toBe("ok");
    expect(c.spf).toMatchObject({
      status: "ok",
      record: "v=spf1 include:amazonses.com ~all",
      lookups: 1,
      voidLookups: 0,
      sesAuthorized: true,
    });
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "both" });
  });

  it("finds the DKIM CNAMEs where the DNS host appended the zone twice", async () => {
    const { check, domain, t } = domainWith("dkim-zone-appended");
    const c = await check();
    expect(codes(c).filter((x) => x === "dkim.doubled-zone")).toHaveLength(3);
    expect(c.dkim.records[0]).toMatchObject({ status: "error", found: expect.stringContaining(`${t[0]}._domainkey.${domain}.${domain}`) });
    expect(codes(c)).not.toContain("dkim.missing");
    expect(c.verdict).toBe("fail");
  });

  it("tells a flattened CNAME (TXT in its place) from a missing one", async () => {
    const c = await domainWith("dkim-flattened").check();
    expect(codes(c)).toContain("dkim.not-cname");
    expect(codes(c)).not.toContain("dkim.missing");
  });

  it("reports a missing DMARC record, and that DMARC then cannot pass", async () => {
    const c = await domainWith("dmarc-missing").check();
    expect(codes(c)).toContain("dmarc.missing");
    expect(c.dmarc).toMatchObject({ status: "error", record: null, policy: null });
    expect(c.alignment).toMatchObject({ dmarcPasses: false, via: null });
  });

  it("explains that aspf=s rules out SPF alignment for a MAIL FROM subdomain", async () => {
    const c = await domainWith("dmarc-strict-alignment").check({
      ses: { dkimStatus: "SUCCESS", signingEnabled: true, mailFromStatus: "SUCCESS" },
    });
    expect(c.alignment.findings.map((f) => f.code)).toContain("alignment.spf-strict");
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "dkim" });
  });

  it("flags a MAIL FROM with two MX records", async () => {
    const c = await domainWith("mail-from-two-mx").check();
    expect(codes(c)).toContain("mailfrom.multiple-mx");
    expect(c.mailFrom.status).toBe("error");
  });

  it("flags a MAIL FROM with a second SPF record, which SES mail then fails", async () => {
    const c = await domainWith("mail-from-two-spf").check();
    expect(codes(c)).toEqual(expect.arrayContaining(["spf.multiple-records", "mailfrom.spf-missing"]));
  });

  it("RFC 7208 §4.5: two SPF records at the MAIL FROM are a permerror: MAIL FROM red, DMARC decided by DKIM alone", async () => {
    const c = await domainWith("mail-from-two-spf").check();
    expect(c.spf).toMatchObject({ status: "error", sesAuthorized: false });
    expect(c.mailFrom.status).toBe("error");
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "dkim" });

    const { domain, t, check } = domainWith("mail-from-two-spf");
    dns.zones.set(`${t[0]}._domainkey.${domain}`, []);
    expect((await check()).alignment).toMatchObject({ dmarcPasses: false, via: null });
  });

  it("RFC 7208 §5.6: a MAIL FROM SPF that lists parts of SES's ranges by hand does not authorize SES, so DMARC passes through DKIM only", async () => {
    const { domain, check } = domainWith("correct");
    const byHand =
      "v=spf1 ip4:54.240.8.0/24 ip4:199.255.192.0/24 ip4:199.127.232.0/24 ip4:69.169.224.0/24 ip4:23.249.208.0/24 ip4:23.251.224.0/24 ip4:76.223.176.0/24 ip4:54.240.64.0/24 ip4:54.240.96.0/24 ip4:76.223.128.0/24 ip4:216.221.160.0/24 ip4:206.55.144.0/24 ~all";
    dns.zones.set(`mail.${domain}`, [
      { type: "MX", data: { preference: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" } },
      { type: "TXT", data: byHand },
    ]);
    const c = await check();
    expect(c.spf).toMatchObject({ status: "error", sesAuthorized: false });
    expect(c.spf.findings.find((f) => f.code === "spf.ses-not-authorized")?.message).toContain(
      "part of SES's range 199.255.192.0/22 (and 11 more of SES's 12 ranges)",
    );
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "dkim" });
    expect(c.alignment.findings.map((f) => f.code)).toContain("alignment.spf-records");
  });

  it("RFC 7208 §4.6: a syntax error in the MAIL FROM's SPF is a permerror: MAIL FROM red, DMARC decided by DKIM alone", async () => {
    const { domain, check } = domainWith("correct");
    dns.zones.set(`mail.${domain}`, [
      { type: "MX", data: { preference: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" } },
      { type: "TXT", data: "v=spf1 include:amazonses.com ip4:1.2.3.4~all" },
    ]);
    const c = await check();
    expect(c.spf).toMatchObject({ status: "error", sesAuthorized: false });
    expect(codes(c)).toEqual(expect.arrayContaining(["spf.syntax", "mailfrom.spf-missing"]));
    expect(c.mailFrom.status).toBe("error");
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "dkim" });
  });

  it("RFC 7208 §4.5: two SPF records at the apex (no custom MAIL FROM) make SPF red, and DMARC rests on DKIM", async () => {
    const { domain, check } = domainWith("correct");
    dns.zones.set(domain, [
      { type: "TXT", data: "v=spf1 include:amazonses.com ~all" },
      { type: "TXT", data: "v=spf1 -all" },
    ]);
    const c = await check({ mailFromDomain: undefined });
    expect(c.spf).toMatchObject({ status: "error", sesAuthorized: false });
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "dkim" });
  });

  it("RFC 7208 §4.5, §4.6.4: with a custom MAIL FROM, the apex's own SPF errors are still reported, apart from SES's MAIL FROM", async () => {
    const many = Array.from({ length: 11 }, (_, i) => `include:inc${i}.spf-apex.example`).join(" ");
    for (let i = 0; i < 11; i++) dns.zones.set(`inc${i}.spf-apex.example`, [{ type: "TXT", data: `v=spf1 ip4:192.0.2.${i} -all` }]);
    const cases: Array<[string, { type: "TXT"; data: string | string[] }[], string]> = [
      [
        "two records",
        [
          { type: "TXT", data: "v=spf1 include:amazonses.com ~all" },
          { type: "TXT", data: "v=spf1 mx -all" },
        ],
        "spf.multiple-records",
      ],
      ["too many lookups", [{ type: "TXT", data: toTxtStrings(`v=spf1 ${many} -all`) }], "spf.too-many-lookups"],
      ["+all", [{ type: "TXT", data: "v=spf1 +all" }], "spf.permissive-all"],
    ];
    for (const [, records, code] of cases) {
      const { domain, check } = domainWith("correct");
      dns.zones.set(domain, records);
      const c = await check();
      expect(c.apexSpf?.findings.find((f) => f.code === code)).toMatchObject({
        severity: "error",
        message: expect.stringContaining(domain),
      });
      expect(c.apexSpf?.status).toBe("error");
      expect(c.spf).toMatchObject({ status: "ok", record: "v=spf1 include:amazonses.com ~all", sesAuthorized: true });
      expect(c.spf.findings.map((f) => f.code)).not.toContain(code);
      expect(c.verdict).toBe("fail");
      expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "both" });
    }
  });

  it("RFC 7208 §2.4: with a custom MAIL FROM, an apex without SPF is information: SES does not need it, other senders might", async () => {
    const { domain, check } = domainWith("correct");
    dns.zones.set(domain, []);
    const c = await check();
    expect(c.apexSpf?.findings.find((f) => f.code === "spf.missing")).toMatchObject({ severity: "info" });
    expect(c.verdict).toBe("pass");
  });

  it("RFC 7208 §2.4: without a custom MAIL FROM there is no separate apex section: the SPF section is the apex's", async () => {
    const c = await domainWith("correct").check({ mailFromDomain: undefined });
    expect(c.apexSpf).toBeUndefined();
    expect(c.spf.findings.map((f) => f.code)).toContain("spf.not-used-by-ses");
  });

  it("flags a missing MX, a wrong-region MX and a MAIL FROM without SPF", async () => {
    const a = domainWith("correct");
    dns.zones.set(`mail.${a.domain}`, [{ type: "TXT", data: "v=spf1 include:amazonses.com ~all" }]);
    expect(codes(await a.check())).toContain("mailfrom.missing-mx");

    const b = domainWith("correct");
    dns.zones.set(`mail.${b.domain}`, [
      { type: "MX", data: { preference: 10, exchange: "feedback-smtp.eu-west-1.amazonses.com" } },
      { type: "TXT", data: "v=spf1 include:amazonses.com ~all" },
    ]);
    const wrong = allFindings(await b.check()).find((f) => f.code === "mailfrom.wrong-mx");
    expect(wrong?.message).toContain("eu-west-1");

    const c = domainWith("correct");
    dns.zones.set(`mail.${c.domain}`, [{ type: "MX", data: { preference: 10, exchange: "feedback-smtp.us-east-1.amazonses.com" } }]);
    expect(codes(await c.check())).toContain("mailfrom.spf-missing");
  });

  it("flags a missing DKIM record and one pointing elsewhere", async () => {
    const { domain, t, check } = domainWith("correct");
    dns.zones.set(`${t[0]}._domainkey.${domain}`, []);
    dns.zones.set(`${t[1]}._domainkey.${domain}`, [{ type: "CNAME", data: `${t[1]}.dkim.eu-west-1.example.net` }]);
    const c = await check();
    expect(c.dkim.records.map((r) => r.status)).toEqual(["error", "error", "ok"]);
    expect(codes(c)).toEqual(expect.arrayContaining(["dkim.missing", "dkim.wrong-target"]));
  });

  it("flags an invalid DMARC record, two records, and p=none with the rollout", async () => {
    const a = domainWith("correct");
    dns.zones.set(`_dmarc.${a.domain}`, [{ type: "TXT", data: "v=DMARC1; p=bogus" }]);
    expect(codes(await a.check())).toContain("dmarc.syntax");

    const b = domainWith("correct");
    dns.zones.set(`_dmarc.${b.domain}`, [
      { type: "TXT", data: "v=DMARC1; p=none" },
      { type: "TXT", data: "v=DMARC1; p=reject" },
    ]);
    expect(codes(await b.check())).toContain("dmarc.multiple-records");

    const c = domainWith("correct");
    dns.zones.set(`_dmarc.${c.domain}`, [{ type: "TXT", data: `v=DMARC1; p=none; rua=mailto:dmarc@${c.domain}` }]);
    const none = (await c.check()).dmarc.findings.find((f) => f.code === "dmarc.policy-none");
    expect(none?.fix).toMatch(/p=quarantine.*p=reject/);
  });

  it("RFC 7489 §6.6.3: an invalid p= with a valid rua is DMARC at p=none, so DMARC still passes for SES mail", async () => {
    const { domain, check } = domainWith("correct");
    dns.zones.set(`_dmarc.${domain}`, [{ type: "TXT", data: `v=DMARC1; p=quarantin; rua=mailto:dmarc@${domain}` }]);
    const c = await check();
    expect(c.dmarc).toMatchObject({ status: "error", policy: "none" });
    expect(codes(c)).toContain("dmarc.syntax");
    expect(codes(c)).not.toContain("alignment.no-dmarc");
    expect(c.alignment).toMatchObject({ dmarcPasses: true, via: "both" });
  });

  it("flags reports sent to another organization without its authorization record", async () => {
    const a = domainWith("correct");
    dns.zones.set(`_dmarc.${a.domain}`, [{ type: "TXT", data: "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net" }]);
    const found = (await a.check()).dmarc.findings.find((f) => f.code === "dmarc.external-report-unauthorized");
    expect(found?.fix).toContain(`${a.domain}._report._dmarc.reports.example.net`);

    const b = domainWith("correct");
    dns.zones.set(`_dmarc.${b.domain}`, [{ type: "TXT", data: "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net" }]);
    dns.zones.set(`${b.domain}._report._dmarc.reports.example.net`, [{ type: "TXT", data: "v=DMARC1" }]);
    expect(codes(await b.check())).not.toContain("dmarc.external-report-unauthorized");
  });

  it("says 'could not check' on a timeout, never 'missing'", async () => {
    const { domain, t, check } = domainWith("correct");
    dns.zones.set(`_dmarc.${domain}`, [{ type: "TIMEOUT" }]);
    dns.zones.set(`${t[0]}._domainkey.${domain}`, [{ type: "TIMEOUT" }]);
    const c = await check();
    expect(c.dmarc.status).toBe("unknown");
    expect(c.dmarc.findings[0]).toMatchObject({ code: "dns.unreachable", message: expect.stringContaining(`127.0.0.1:${dns.port}`) });
    expect(c.dkim.records[0]?.status).toBe("unknown");
    expect(codes(c)).not.toContain("dmarc.missing");
    expect(codes(c)).not.toContain("dkim.missing");
    expect(c.verdict).toBe("unknown");
    expect(c.alignment.dmarcPasses).toBeNull();
  });
});

describe("checkDomain with SES's view beside the DNS", () => {
  it("says SES is behind when it reports FAILED and the records are correct", async () => {
    const c = await domainWith("correct").check({
      ses: { dkimStatus: "FAILED", signingEnabled: true, mailFromStatus: "PENDING", verificationInfo: { errorType: "HOST_NOT_FOUND" } },
    });
    const f = c.dkim.findings.find((x) => x.code === "dkim.ses-failed");
    expect(f?.message).toMatch(/found no record.*behind/);
    expect(c.alignment.dmarcPasses).toBe(false);
  });

  it("marks correct records pending while SES has not seen them", async () => {
    const c = await domainWith("correct").check({ ses: { dkimStatus: "PENDING", signingEnabled: true } });
    expect(c.dkim.records.map((r) => r.status)).toEqual(["pending", "pending", "pending"]);
    expect(c.dkim.findings.find((x) => x.code === "dkim.ses-pending")?.message).toContain("72 hours");
  });

  it("offers 2048-bit keys when SES signs with 1024, and explains BehaviorOnMxFailure", async () => {
    const c = await domainWith("mail-from-two-mx").check({
      ses: {
        dkimStatus: "SUCCESS",
        signingEnabled: true,
        signingKeyLength: "RSA_1024_BIT",
        mailFromStatus: "FAILED",
        behaviorOnMxFailure: "REJECT_MESSAGE",
      },
    });
    expect(c.dkim.findings.find((x) => x.code === "dkim.signing-key-1024")?.fix).toContain("RSA_2048_BIT");
    expect(codes(c)).toEqual(expect.arrayContaining(["mailfrom.sends-rejected", "mailfrom.ses-failed"]));
  });
});
