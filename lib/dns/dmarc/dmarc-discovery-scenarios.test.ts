import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluateDmarc } from "./evaluate-dmarc";
import { createZoneDataLookup, type ZoneData } from "./zone-data-lookup";

type Scenario = {
  title: string;
  zone: ZoneData;
  header_from: string;
  dkim_pass_domains: string[];
  spf_pass_domains: string[];
  expect: {
    result?: string;
    policy?: string | null;
    org_domain?: string;
    dmarc_query_sequence?: string[];
    dkim_aligned?: boolean;
    spf_aligned_with?: string;
    dkim_strict?: boolean;
    rr_contains?: string;
  };
};

const file = path.join(import.meta.dirname, "../../../test/fixtures/dmarc/dmarc-discovery-scenarios.json");
const scenarios = (JSON.parse(readFileSync(file, "utf8")) as { scenarios: Scenario[] }).scenarios;

// Scenarios not met, by title, with the reason. Empty: all are met.
const NOT_MET: Record<string, string> = {};

describe("RFC 9989 discovery scenarios (transcribed from mailauth)", () => {
  let met = 0;
  afterAll(() => console.log(`DMARC discovery scenarios: ${met} of ${scenarios.length} met`));

  for (const s of scenarios) {
    it.skipIf(s.title in NOT_MET)(s.title, async () => {
      const lookup = createZoneDataLookup(s.zone);
      const fromDomain = s.header_from.split("@")[1]!;
      const r = await evaluateDmarc({ fromDomain, dkimPassDomains: s.dkim_pass_domains, spfPassDomains: s.spf_pass_domains }, lookup);
      const e = s.expect;
      if (e.result !== undefined) expect(r.result).toBe(e.result);
      if (e.policy !== undefined) expect(r.policy).toBe(e.policy);
      if (e.org_domain !== undefined) expect(r.orgDomain).toBe(e.org_domain);
      if (e.dkim_aligned !== undefined) expect(r.dkimAligned).toBe(e.dkim_aligned);
      if (e.spf_aligned_with !== undefined) expect(r.spfAligned).toBe(true);
      if (e.dkim_strict) expect(r.record?.adkim).toBe("s");
      if (e.rr_contains !== undefined) expect(r.record?.rua.map((u) => u.uri)).toContain(e.rr_contains);
      if (e.dmarc_query_sequence) {
        const seq = [...new Set(lookup.queried.filter((q) => q.startsWith("_dmarc.")))];
        expect(seq).toEqual(e.dmarc_query_sequence);
      }
      met++;
    });
  }
});
