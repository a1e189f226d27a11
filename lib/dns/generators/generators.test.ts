import { describe, expect, it } from "vitest";
import { parseDmarcRecord } from "../dmarc/parse-dmarc-record";
import { splitTxt } from "./dns-record-spec";
import { toBindZone, toRoute53ChangeBatch } from "./export-records";
import { dmarcRolloutSteps, generateDmarcRecord } from "./generate-dmarc-record";
import { generateEasyDkimRecords, generateMailFromRecords } from "./generate-ses-records";

describe("record generators", () => {
  it("writes DMARC records that parse in both modes, p right after v", () => {
    const r = generateDmarcRecord({ domain: "Example.com.", policy: "quarantine", reportAddress: "dmarc@example.com" });
    expect(r).toEqual({ name: "_dmarc.example.com", type: "TXT", value: "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com" });
    for (const mode of ["rfc7489", "rfc9989"] as const) expect(parseDmarcRecord(r.value, { mode }).ok).toBe(true);
  });

  it("stages the rollout none → quarantine → reject", () => {
    const steps = dmarcRolloutSteps("example.com");
    expect(steps.map((s) => s.stage)).toEqual(["none", "quarantine", "reject"]);
    for (const s of steps) {
      const parsed = parseDmarcRecord(s.record.value);
      expect(parsed.ok && parsed.record.p).toBe(s.stage);
    }
  });

  it("writes the MAIL FROM MX for the region and the Easy DKIM CNAMEs with relative names", () => {
    expect(generateMailFromRecords("mail.example.com", "eu-west-2")).toEqual([
      { name: "mail.example.com", type: "MX", value: { preference: 10, exchange: "feedback-smtp.eu-west-2.amazonses.com" } },
      { name: "mail.example.com", type: "TXT", value: "v=spf1 include:amazonses.com ~all" },
    ]);
    expect(generateEasyDkimRecords("news.example.co.uk", ["tok1"])).toEqual([
      { name: "tok1._domainkey.news.example.co.uk", relativeName: "tok1._domainkey.news", type: "CNAME", value: "tok1.dkim.amazonses.com" },
    ]);
  });

  it("splits TXT values into strings of at most 255 octets, never inside a character", () => {
    const long = "a".repeat(254) + "é" + "b".repeat(300);
    const parts = splitTxt(long);
    expect(parts.join("")).toBe(long);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(255);
    expect(parts[0]).toBe("a".repeat(254));
  });

  it("exports a BIND snippet and a Route 53 UPSERT batch", () => {
    const key = `v=DKIM1; k=rsa; p=${"A".repeat(400)}`;
    const records = [
      ...generateMailFromRecords("mail.example.com", "us-east-1"),
      { name: "sel._domainkey.example.com", type: "TXT" as const, value: key },
      { name: "x.example.com", type: "TXT" as const, value: 'say "hi"' },
    ];
    const bind = toBindZone(records);
    expect(bind).toContain("mail.example.com.\t300\tIN\tMX\t10 feedback-smtp.us-east-1.amazonses.com.");
    expect(bind).toContain('mail.example.com.\t300\tIN\tTXT\t"v=spf1 include:amazonses.com ~all"');
    expect(bind).toContain('x.example.com.\t300\tIN\tTXT\t"say \\"hi\\""');

    const batch = toRoute53ChangeBatch(records, "SES records");
    expect(batch.Comment).toBe("SES records");
    expect(batch.Changes.every((c) => c.Action === "UPSERT")).toBe(true);
    const dkim = batch.Changes.find((c) => c.ResourceRecordSet.Name === "sel._domainkey.example.com.")!;
    const value = dkim.ResourceRecordSet.ResourceRecords[0]!.Value;
    const strings = [...value.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(strings.length).toBe(2);
    expect(strings.join("")).toBe(key);
    expect(strings.every((s) => s.length <= 255)).toBe(true);
  });

  it("groups records of one name and type into one Route 53 record set", () => {
    const batch = toRoute53ChangeBatch([
      { name: "a.example.com", type: "TXT", value: "one" },
      { name: "A.example.com.", type: "TXT", value: "two" },
    ]);
    expect(batch.Changes).toHaveLength(1);
    expect(batch.Changes[0]!.ResourceRecordSet.ResourceRecords).toEqual([{ Value: '"one"' }, { Value: '"two"' }]);
  });
});
