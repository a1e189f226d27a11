import type { SimRecord, ZoneStore } from "./zone-store";

/**
 * DNS states the checker must tell apart, one domain each: the correct set-up
 * for SES, and the mistakes users make.
 * DKIM tokens are SES's (from CreateEmailIdentity), so the records match an identity.
 */
export type DnsScenario =
  | "correct"
  | "dkim-zone-appended"
  | "dkim-flattened"
  | "dmarc-missing"
  | "dmarc-strict-alignment"
  | "mail-from-two-mx"
  | "mail-from-two-spf"
  | "spf-split-inside-token";

const spf = (extra = "") => `v=spf1 include:amazonses.com${extra} ~all`;

/** The records a correct SES domain publishes: Easy DKIM, DMARC, custom MAIL FROM at `mail.`. */
export function correctRecords(domain: string, tokens: string[], region = "us-east-1"): Array<[string, SimRecord[]]> {
  return [
    [domain, [{ type: "TXT", data: spf() }]],
    ...tokens.map((t): [string, SimRecord[]] => [`${t}._domainkey.${domain}`, [{ type: "CNAME", data: `${t}.dkim.amazonses.com` }]]),
    [`_dmarc.${domain}`, [{ type: "TXT", data: `v=DMARC1; p=quarantine; rua=mailto:dmarc@${domain}` }]],
    [
      `mail.${domain}`,
      [
        { type: "MX", data: { preference: 10, exchange: `feedback-smtp.${region}.amazonses.com` } },
        { type: "TXT", data: spf() },
      ],
    ],
  ];
}

export function loadScenario(zones: ZoneStore, scenario: DnsScenario, domain: string, tokens: string[], region = "us-east-1"): void {
  zones.addZone(domain);
  const records = new Map(correctRecords(domain, tokens, region));
  const dkimNames = tokens.map((t) => `${t}._domainkey.${domain}`);
  switch (scenario) {
    case "correct":
      break;
    case "dkim-zone-appended":
      // The DNS host appended the zone to a name that already held it.
      for (const name of dkimNames) {
        records.set(`${name}.${domain}`, records.get(name)!);
        records.delete(name);
      }
      break;
    case "dkim-flattened":
      // A proxy or "CNAME flattening" answers TXT where SES looks for the CNAME.
      for (const name of dkimNames) records.set(name, [{ type: "TXT", data: "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsimulated" }]);
      break;
    case "dmarc-missing":
      records.delete(`_dmarc.${domain}`);
      break;
    case "dmarc-strict-alignment":
      records.set(`_dmarc.${domain}`, [{ type: "TXT", data: "v=DMARC1; p=reject; aspf=s; adkim=s" }]);
      break;
    case "mail-from-two-mx":
      records.set(`mail.${domain}`, [
        ...records.get(`mail.${domain}`)!,
        { type: "MX", data: { preference: 20, exchange: `mx.${domain}` } },
      ]);
      break;
    case "mail-from-two-spf":
      // "Adding" SES as a second record instead of merging the include: a permerror.
      records.set(`mail.${domain}`, [...records.get(`mail.${domain}`)!, { type: "TXT", data: "v=spf1 include:_spf.google.com ~all" }]);
      break;
    case "spf-split-inside-token":
      // Two strings of one record joined without a space: include:amazonses.cominclude:...
      records.set(domain, [{ type: "TXT", data: ["v=spf1 include:amazonses.com", "include:_spf.google.com ~all"] }]);
      break;
  }
  for (const [name, list] of records) zones.set(name, list);
}

/**
 * "Published, not yet visible": the authoritative server has the records, the
 * resolver still answers from before they were published (and caches NXDOMAIN
 * for the SOA minimum).
 */
export function loadPropagating(authoritative: ZoneStore, resolverView: ZoneStore, domain: string, tokens: string[]): void {
  loadScenario(authoritative, "correct", domain, tokens);
  resolverView.addZone(domain);
  resolverView.set(domain, [{ type: "TXT", data: spf() }]);
}
