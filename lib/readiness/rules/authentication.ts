import { couldNotCheck, seen } from "../check-builder";
import { primaryDomain } from "../primary-domain";
import type { Check, CheckStatus, DnsPart, DomainDnsFacts, Fix, GatheredState } from "../types";

type Part = keyof DomainDnsFacts;

const SPECS: Record<Part, { title: string; why: string; expected: string; weight: number; fix: (domain: string, region: string) => Fix }> =
  {
    spf: {
      title: "SPF authorizes SES",
      why: "Receivers check that the envelope sender's domain lists the sending servers. Without it, mail from SES fails SPF and DMARC can pass only through DKIM.",
      expected: "one v=spf1 record whose evaluation passes for SES's sending IPs, within 10 DNS lookups",
      weight: 2,
      fix: (domain) => ({
        steps: [
          `Publish (or merge into the existing) TXT record at ${domain}: "v=spf1 include:amazonses.com ~all".`,
          "Keep a single v=spf1 record per name.",
        ],
        link: { href: `/domains/${domain}`, label: "Records to publish" },
      }),
    },
    dkim: {
      title: "DKIM signing (Easy DKIM)",
      why: "DKIM proves the message came from your domain unchanged; it is the path through which DMARC passes for mail sent through SES, and AWS reviewers check it.",
      expected: "the three <token>._domainkey CNAMEs pointing to <token>.dkim.amazonses.com, and SES DKIM status SUCCESS",
      weight: 3,
      fix: (domain, region) => ({
        steps: [
          `SES console (${region}) → Identities → ${domain} → Authentication → copy the three CNAME records.`,
          "Publish them at your DNS host exactly as shown (some hosts append the domain themselves: then enter only the part before it).",
        ],
        cli: `aws sesv2 get-email-identity --email-identity ${domain} --region ${region} --query DkimAttributes`,
        link: { href: `/domains/${domain}`, label: "Check DKIM records" },
      }),
    },
    dmarc: {
      title: "DMARC policy published",
      why: "Gmail, Yahoo and Microsoft require a DMARC record from bulk senders; it tells receivers what to do with mail that fails authentication. Start with p=none and reports, then move to quarantine and reject.",
      expected: "one v=DMARC1 record at _dmarc.<domain> (or the organizational domain)",
      weight: 2,
      fix: (domain) => ({
        steps: [
          `Publish a TXT record at _dmarc.${domain}: "v=DMARC1; p=none; rua=mailto:dmarc-reports@${domain}".`,
          "After two weeks of clean reports, move to p=quarantine, then p=reject.",
        ],
        link: { href: `/domains/${domain}`, label: "DMARC generator" },
      }),
    },
    mailFrom: {
      title: "Custom MAIL FROM domain",
      why: "With a custom MAIL FROM subdomain, SPF aligns with your From domain, so DMARC can pass through SPF as well as DKIM; bounces return through your own subdomain.",
      expected: "a MAIL FROM subdomain with one MX 10 feedback-smtp.<region>.amazonses.com and SPF allowing SES; SES status SUCCESS",
      weight: 1,
      fix: (domain, region) => ({
        steps: [
          `SES console (${region}) → Identities → ${domain} → Custom MAIL FROM domain → Edit → e.g. mail.${domain}.`,
          `Publish MX "10 feedback-smtp.${region}.amazonses.com" and TXT "v=spf1 include:amazonses.com ~all" at that subdomain.`,
        ],
        cli: `aws sesv2 put-email-identity-mail-from-attributes --email-identity ${domain} --mail-from-domain mail.${domain} --region ${region}`,
        link: { href: `/domains/${domain}`, label: "MAIL FROM records" },
      }),
    },
  };

const STATUS: Record<string, CheckStatus> = {
  ok: "done",
  pass: "done",
  warning: "warning",
  error: "todo",
  missing: "todo",
  pending: "warning",
};

function authenticationCheck(s: GatheredState, part: Part): Check {
  const spec = SPECS[part];
  const domain = primaryDomain(s);
  const base = {
    id: `authentication.${part}`,
    group: "authentication" as const,
    title: spec.title,
    why: spec.why,
    weight: spec.weight,
    fix: spec.fix(domain ?? "your-domain.com", s.region),
  };
  if (!domain) {
    return { ...base, status: "todo", summary: "No domain to check: add a sending domain first.", evidence: [] };
  }
  const found = s.dns?.[domain];
  if (!found) {
    return {
      ...base,
      status: "unknown",
      summary: `Not checked yet: the DNS checker has not run for ${domain}.`,
      evidence: [{ query: `DNS check of ${domain}`, observed: "not run", expected: spec.expected, at: s.gatheredAt }],
    };
  }
  if (!found.ok) return couldNotCheck(base, found, spec.expected);
  const result: DnsPart = found.value[part];
  const status = STATUS[result.status] ?? "unknown";
  return {
    ...base,
    status,
    summary: `${domain}: ${result.summary}`,
    evidence: [seen(found, `${result.status}: ${result.summary}`, spec.expected)],
  };
}

export const authenticationChecks = (s: GatheredState): Check[] =>
  (["spf", "dkim", "dmarc", "mailFrom"] as const).map((part) => authenticationCheck(s, part));
