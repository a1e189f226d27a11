import { GetEmailIdentityCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulatedAws, type SimulatedAws } from "../../sim/aws/server";
import { controlDnsZones } from "../../sim/dns/http-control";
import { loadScenario } from "../../sim/dns/scenarios";
import { startSimulatedDns, type SimulatedDns } from "../../sim/dns/server";
import { verifySesIdentities } from "../../sim/dns/ses-dns-verification";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { addDomain, AddDomainRefused } from "./add-domain";
import { domainCheckHistory } from "./domain-check-store";
import { getDomainDnsFacts } from "./domain-dns-facts";
import { listDomainsWithChecks } from "./list-domains";
import { partStatuses } from "./part-statuses";
import { publishDemoRecords } from "./publish-demo-records";
import { recheckDomains } from "./recheck-domains";
import { recordRows, sesDisagreements } from "./record-rows";
import { recordsToPublish } from "./records-to-publish";
import { runDomainCheck, UnknownIdentityError } from "./run-domain-check";
import { summarizeHistory } from "./summarize-history";
import { FROM_ADDRESS_KEY } from "../settings/from-address";
import { collectRegion } from "../snapshots/collect-region";
import { getAccountView } from "../snapshots/account-view";

const SES_SPF =
  "v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/19 ip4:54.240.96.0/19 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 -all";
const REGION = "us-east-1";

// One simulated AWS and DNS for the file (the SDK clients and the DNS client are cached per process),
// joined as in the demo: the DNS control route writes the zone, the simulated SES then verifies.
let aws: SimulatedAws;
let dns: SimulatedDns;
beforeAll(async () => {
  aws = await startSimulatedAws({ port: 0 });
  dns = await startSimulatedDns();
  dns.zones.addZone("example");
  dns.zones.addZone("amazonses.com");
  dns.zones.set("amazonses.com", [{ type: "TXT", data: SES_SPF }]);
  controlDnsZones(dns.zones, () => verifySesIdentities(aws.state, dns.zones));
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: aws.url,
    AWS_ACCESS_KEY_ID: "AKIDTEST",
    AWS_SECRET_ACCESS_KEY: "test",
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    LAUNCHPAD_DEMO: "1",
  });
});
afterAll(async () => {
  controlDnsZones(undefined);
  await Promise.all([aws.close(), dns.close()]);
});

const sesStatus = async (domain: string) => {
  const ses = new SESv2Client({ region: REGION, endpoint: aws.url, credentials: { accessKeyId: "a", secretAccessKey: "b" } });
  const out = await ses.send(new GetEmailIdentityCommand({ EmailIdentity: domain }));
  return { dkim: out.DkimAttributes?.Status, mailFrom: out.MailFromAttributes?.MailFromDomainStatus };
};

describe.each(databaseKinds())("domains against the simulated AWS and DNS (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const domain = `${kind}-shop.example`;

  it("adds a domain with Easy DKIM and a MAIL FROM, and refuses it a second time with a clear reason", async () => {
    const added = await addDomain(REGION, { domain, mailFrom: "mail" });
    expect(added.dkimTokens).toHaveLength(3);
    expect(added.mailFromDomain).toBe(`mail.${domain}`);
    const again = await addDomain(REGION, { domain }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AddDomainRefused);
    expect(again).toMatchObject({ reason: "exists", message: expect.stringContaining("already an SES identity") });
  });

  it("checks the unpublished domain, stores the run, and serves it to the readiness checklist", async () => {
    const first = await runDomainCheck(REGION, domain);
    expect(first.check.dkim.findings.map((f) => f.code)).toContain("dkim.missing");
    expect(first.ses?.dkimStatus).toBe("PENDING");
    const parts = partStatuses(first);
    expect(parts.dkim.status).toBe("error");
    expect(parts.alignment.status).toBe("error");
    expect(await store.db!.domainCheck.count({ where: { domain } })).toBe(1);
    const facts = await getDomainDnsFacts(REGION, domain);
    expect(facts).toMatchObject({ ok: true, at: first.checkedAt, value: { dkim: { status: "error" }, mailFrom: { status: "error" } } });
    expect(await getDomainDnsFacts(REGION, `nothing-${kind}.example`)).toBeUndefined();
    await expect(runDomainCheck(REGION, `unknown-${kind}.example`)).rejects.toBeInstanceOf(UnknownIdentityError);
  });

  it("turns green once the records are published: a cached check still sees the old answers, Check now sees the new", async () => {
    const before = await sesStatus(domain);
    expect(before.dkim).toBe("PENDING");
    const latest = (await runDomainCheck(REGION, domain)).dkimTokens;
    await publishDemoRecords(
      domain,
      recordsToPublish({ domain, region: REGION, dkimTokens: latest, mailFromDomain: `mail.${domain}`, dmarc: { policy: "quarantine" } }),
    );
    // The simulated SES looked at the zone, as SES's periodic check would.
    expect(await sesStatus(domain)).toEqual({ dkim: "SUCCESS", mailFrom: "SUCCESS" });

    const cached = await runDomainCheck(REGION, domain);
    expect(cached.check.dkim.findings.map((f) => f.code)).toContain("dkim.missing");
    const fresh = await runDomainCheck(REGION, domain, { fresh: true });
    const parts = partStatuses(fresh);
    expect(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.status]))).toEqual({
      spf: "ok",
      dkim: "ok",
      dmarc: "ok",
      mailFrom: "ok",
      alignment: "ok",
    });
    expect(fresh.check.alignment).toMatchObject({ dmarcPasses: true, via: "both" });
    expect(fresh.check.verdict).toBe("pass");
  });

  it("keeps a history in which DKIM first passed at the fresh check", async () => {
    const points = await domainCheckHistory(REGION, domain);
    expect(points.length).toBeGreaterThanOrEqual(4);
    const dkim = summarizeHistory(points).find((p) => p.part === "dkim")!;
    expect(dkim.firstPassedAt).toBe(points[points.length - 1]!.at);
    expect(dkim.regressions).toEqual([]);
  });

  it("lists every identity with its latest check", async () => {
    const rows = await listDomainsWithChecks(REGION);
    const row = rows.find((r) => r.identity.name === domain);
    expect(row?.parts?.dkim.status).toBe("ok");
    expect(row?.latest?.fresh).toBe(true);
  });

  it("re-checks pending domains every run and passing ones once a day", async () => {
    const pending = `${kind}-pending.example`;
    await addDomain(REGION, { domain: pending });
    const run = await recheckDomains(REGION);
    expect(run.checked.map((c) => c.domain)).toContain(pending);
    expect(run.skipped).toContain(domain);
    expect(run.failed).toEqual([]);
    const again = await recheckDomains(REGION);
    expect(again.checked.map((c) => c.domain)).toContain(pending);
    const tomorrow = await recheckDomains(REGION, { now: new Date(Date.now() + 25 * 3600_000) });
    expect(tomorrow.checked.map((c) => c.domain)).toContain(domain);
  });

  it("judges the checklist's DNS items from the checker during a collection: green for the published domain, red for the pending one", async () => {
    const dnsChecks = async (from: string) => {
      await store.db!.setting.upsert({
        where: { key: FROM_ADDRESS_KEY },
        create: { key: FROM_ADDRESS_KEY, value: from },
        update: { value: from },
      });
      expect(await collectRegion(REGION, { trigger: "manual" })).toMatchObject({ status: "stored" });
      const checks = (await getAccountView(REGION)).readiness?.checks ?? [];
      return Object.fromEntries(
        checks.filter((c) => c.group === "authentication").map((c) => [c.id, { status: c.status, query: c.evidence[0]?.query }]),
      );
    };
    const published = await dnsChecks(`noreply@${domain}`);
    for (const part of ["spf", "dkim", "dmarc", "mailFrom"]) {
      expect(published[`authentication.${part}`]).toEqual({ status: "done", query: `dns:check-domain ${domain} (${REGION})` });
    }
    const pending = await dnsChecks(`noreply@${kind}-pending.example`);
    expect(pending["authentication.dkim"]).toEqual({ status: "todo", query: `dns:check-domain ${kind}-pending.example (${REGION})` });
    await store.db!.setting.delete({ where: { key: FROM_ADDRESS_KEY } });
  });

  it("alerts once when a collection's automatic re-check sees a pending domain's DKIM turn green", async () => {
    const pending = `${kind}-pending.example`;
    const { dkimTokens } = await runDomainCheck(REGION, pending);
    await publishDemoRecords(pending, recordsToPublish({ domain: pending, region: REGION, dkimTokens, dmarc: { policy: "none" } }));
    await collectRegion(REGION, { trigger: "manual" });
    await collectRegion(REGION, { trigger: "manual" });
    const alerts = await store.db!.alert.findMany({ where: { kind: "domain-status" } });
    const dkim = alerts.filter((a) => a.title.startsWith(`DKIM of ${pending}`));
    expect(dkim.map((a) => [a.title, a.severity])).toEqual([[`DKIM of ${pending} is passing (${REGION})`, "info"]]);
  });

  it("explains SES's FAILED when the DNS host appended the zone twice, row by row", async () => {
    const doubled = `${kind}-doubled.example`;
    const { dkimTokens } = await addDomain(REGION, { domain: doubled, mailFrom: "mail" });
    loadScenario(dns.zones, "dkim-zone-appended", doubled, dkimTokens);
    aws.state.setIdentityStatus(REGION, doubled, { dkim: "FAILED" });
    const stored = await runDomainCheck(REGION, doubled, { fresh: true });
    const [explanation] = sesDisagreements(stored);
    expect(explanation).toMatch(/SES says FAILED because it looks at the exact names/);
    expect(explanation).toContain(`${dkimTokens[0]}._domainkey.${doubled}.${doubled}`);
    const rows = recordRows(stored, { mxFound: [`10 feedback-smtp.${REGION}.amazonses.com`], dmarcExpected: "v=DMARC1; p=none" });
    expect(rows.filter((r) => r.purpose === "DKIM").map((r) => r.status)).toEqual(["error", "error", "error"]);
    expect(rows.find((r) => r.type === "MX")).toMatchObject({ name: `mail.${doubled}`, status: "pending" });
    expect(rows.find((r) => r.purpose === "DMARC")).toMatchObject({ found: expect.stringContaining("p=quarantine"), status: "ok" });
  });
});
