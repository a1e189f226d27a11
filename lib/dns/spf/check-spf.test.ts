import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../../../sim/dns/server";
import type { SimRecord } from "../../../sim/dns/zone-store";
import { cachedLookup } from "../cached-lookup";
import { createDnsClient } from "../dns-client";
import { checkSpf } from "./check-spf";
import { planSpfMerge, toTxtStrings } from "./merge-spf-record";

const SES =
  "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19 ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all";
const txt = (data: string | string[]): SimRecord => ({ type: "TXT", data });

describe("checkSpf against zones on the loopback DNS server", () => {
  let dns: SimulatedDns;
  const lookup = () => cachedLookup(createDnsClient({ servers: [`127.0.0.1:${dns.port}`], timeoutMs: 200, retries: 0 }).lookup);
  const codes = async (domain: string, role: "mail-from" | "apex" = "mail-from") =>
    (await checkSpf(domain, lookup(), { role })).findings.map((f) => f.code);

  beforeAll(async () => {
    dns = await startSimulatedDns();
    const z = dns.zones;
    z.addZone("amazonses.com");
    z.addZone("google.com");
    z.set("amazonses.com", [txt(SES)]);
    loadScenario(z, "correct", "good.example", ["t1", "t2", "t3"]);
    loadScenario(z, "mail-from-two-spf", "twospf.example", ["t1", "t2", "t3"]);
    loadScenario(z, "spf-split-inside-token", "split.example", ["t1", "t2", "t3"]);
    z.addZone("spf.example");
    const set = (name: string, ...records: SimRecord[]) => z.set(`${name}.spf.example`, records);
    for (let i = 1; i <= 11; i++) set(`inc${i}`, txt(`v=spf1 ip4:192.0.2.${i} -all`));
    set("many", txt(toTxtStrings(`v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:inc${i + 1}.spf.example`).join(" ")} -all`)));
    set("nested", txt("v=spf1 include:inc1.spf.example include:deep.spf.example include:amazonses.com ~all"));
    set("deep", txt("v=spf1 include:inc2.spf.example include:inc3.spf.example -all"));
    set("voids", txt("v=spf1 a:none1.spf.example a:none2.spf.example mx:none3.spf.example include:amazonses.com ~all"));
    set("ptr", txt("v=spf1 ptr include:amazonses.com ?all"));
    set("open", txt("v=spf1 +all"));
    set("google", txt("v=spf1 include:inc1.spf.example ~all"));
    set("none", { type: "A", data: "192.0.2.1" });
    set("slow", { type: "TIMEOUT" });
    set("loop", txt("v=spf1 include:loop2.spf.example -all"));
    set("loop2", txt("v=spf1 include:loop.spf.example -all"));
    set("near", txt("v=spf10 include:amazonses.com ~all"));
    set("bad", txt("v=spf1 include:amazonses.com ip4:1.2.3.4~all"));
    set("full", txt(toTxtStrings(`v=spf1 ${Array.from({ length: 10 }, (_, i) => `include:inc${i + 1}.spf.example`).join(" ")} -all`)));
  });
  afterAll(() => dns.close());

  it("passes the correct SES set-up with one lookup and SES authorized by evaluation", async () => {
    const r = await checkSpf("mail.good.example", lookup());
    expect(r).toMatchObject({
      status: "ok",
      record: "v=spf1 include:amazonses.com ~all",
      lookups: 1,
      voidLookups: 0,
      sesAuthorized: true,
      findings: [],
    });
    expect(r.tree.terms[0]!.child).toMatchObject({ domain: "amazonses.com", status: "ok", lookups: 0 });
  });

  it("reports each problem with its code", async () => {
    expect(await codes("mail.twospf.example")).toContain("spf.multiple-records");
    expect(await codes("split.example")).toEqual(expect.arrayContaining(["spf.split-token", "spf.ses-not-authorized"]));
    expect(await codes("many.spf.example")).toEqual(expect.arrayContaining(["spf.too-many-lookups", "spf.ses-not-authorized"]));
    // Three void lookups make evaluation a permerror before it reaches the SES include.
    expect(await codes("voids.spf.example")).toEqual(["spf.too-many-void-lookups", "spf.ses-not-authorized"]);
    // ptr before the SES include: whether it matches depends on each address, so SES's ranges cannot be shown to pass.
    expect(await codes("ptr.spf.example")).toEqual(["spf.ptr", "spf.permissive-all", "spf.ses-not-authorized"]);
    expect(await codes("open.spf.example")).toEqual(["spf.permissive-all"]);
    expect(await codes("none.spf.example")).toEqual(["spf.missing"]);
    expect(await codes("near.spf.example")).toEqual(["spf.near-miss", "spf.missing"]);
    expect(await codes("bad.spf.example")).toEqual(["spf.syntax"]);
    expect(await codes("loop.spf.example")).toContain("spf.include-loop");
    expect(await codes("google.spf.example", "apex")).toEqual(["spf.ses-not-authorized"]);
    expect((await checkSpf("google.spf.example", lookup(), { role: "apex" })).findings[0]!.severity).toBe("info");
  });

  it("counts the worst case over the whole tree", async () => {
    const r = await checkSpf("nested.spf.example", lookup());
    expect([r.lookups, r.voidLookups, r.sesAuthorized]).toEqual([5, 0, true]);
    expect((await checkSpf("voids.spf.example", lookup())).voidLookups).toBe(3);
  });

  it("says 'could not check' on a timeout, never 'missing'", async () => {
    const r = await checkSpf("slow.spf.example", lookup());
    expect(r.status).toBe("unknown");
    expect(r.sesAuthorized).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(["dns.unreachable"]);
    expect(r.findings[0]!.message).toMatch(new RegExp(`127.0.0.1:${dns.port}.*timeout`));
  });

  it("plans the merge from the live tree, refusing over 10 lookups", async () => {
    expect(await planSpfMerge("google.spf.example", lookup())).toMatchObject({
      ok: true,
      lookups: 2,
      record: "v=spf1 include:inc1.spf.example include:amazonses.com ~all",
    });
    expect(await planSpfMerge("full.spf.example", lookup())).toMatchObject({ ok: false, lookups: 11 });
    expect(await planSpfMerge("none.spf.example", lookup())).toMatchObject({ ok: true, record: "v=spf1 include:amazonses.com ~all" });
  });
});
