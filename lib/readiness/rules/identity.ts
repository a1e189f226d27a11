import { couldNotCheck, seen } from "../check-builder";
import type { Check, GatheredState, IdentityFacts } from "../types";

/** Mailbox providers whose domains a team cannot authenticate: SES mail "from" them fails DMARC at the receiver. */
const FREE_MAIL = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "ymail.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "msn.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.de",
  "web.de",
  "mail.com",
  "yandex.com",
  "yandex.ru",
  "zoho.com",
  "qq.com",
  "163.com",
]);

export const isFreeMailDomain = (domain: string) => FREE_MAIL.has(domain.toLowerCase());

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();

/** The verified domain identity that covers an address: its own domain or a parent (SES accepts subdomains of a verified domain). */
export function coveringIdentity(address: string, identities: IdentityFacts[]): IdentityFacts | undefined {
  const lower = address.toLowerCase();
  const domain = domainOf(lower);
  return identities.find((i) => {
    if (!i.verifiedForSending) return false;
    const name = i.name.toLowerCase();
    if (i.type === "EMAIL_ADDRESS") return name === lower;
    return domain === name || domain.endsWith(`.${name}`);
  });
}

export function verifiedDomainCheck(s: GatheredState): Check {
  const base = {
    id: "identity.verified-domain",
    group: "prerequisites" as const,
    title: "A verified sending domain in this region",
    why: "AWS reviewers expect mail from a domain you own and have verified; sending from a free-mail address (such as @gmail.com) fails DMARC at the receiver and is a common reason for a denied request. Identities are per region.",
    fix: {
      steps: [
        `Open the SES console in ${s.region} → Identities → Create identity → Domain.`,
        "Keep Easy DKIM (RSA 2048) selected and publish the three CNAME records it shows.",
      ],
      cli: `aws sesv2 create-email-identity --email-identity your-domain.com --region ${s.region}`,
      link: { href: "/domains", label: "Add a domain" },
    },
    weight: 3,
  };
  const expected = "a DOMAIN identity, not a free-mail domain, with VerifiedForSendingStatus true";
  if (!s.identities.ok) return couldNotCheck(base, s.identities, expected);
  const domains = s.identities.value.filter((i) => i.type === "DOMAIN" && !isFreeMailDomain(i.name));
  const verified = domains.filter((i) => i.verifiedForSending);
  const observed = domains.length
    ? domains
        .map((d) => `${d.name}: ${d.verifiedForSending ? "verified" : `not verified (${d.verificationStatus ?? "status unknown"})`}`)
        .join("; ")
    : `no domain identity (${s.identities.value.length} identities in total)`;
  const evidence = [seen(s.identities, observed, expected)];
  if (verified.length)
    return { ...base, status: "done", summary: `${verified.map((d) => d.name).join(", ")} verified for sending.`, evidence };
  if (domains.length)
    return {
      ...base,
      status: "warning",
      summary: `${domains[0]!.name} is added but not verified yet: publish its DKIM records.`,
      evidence,
    };
  return { ...base, status: "todo", summary: `No domain identity in ${s.region}.`, evidence };
}

export function fromAddressCheck(s: GatheredState): Check {
  const from = s.fromAddress;
  const base = {
    id: "identity.from-address",
    group: "prerequisites" as const,
    title: "The From address is on a verified identity",
    why: "SES rejects every message whose From address is not on a verified identity of the sending region (MessageRejected: Email address is not verified).",
    fix: {
      steps: [
        "Set AWS_SES_FROM_EMAIL (or the From address in Settings) to an address at your verified domain, such as noreply@your-domain.com.",
        "If the domain is not verified yet, verify it first (Identities → Create identity → Domain).",
      ],
      link: { href: "/settings", label: "Settings" },
    },
    weight: 2,
  };
  const expected = "an address at a verified domain (or a verified address), not a free-mail domain";
  if (!from) {
    return {
      ...base,
      status: "todo",
      summary: "No From address is configured.",
      evidence: [{ query: "setting AWS_SES_FROM_EMAIL", observed: "not set", expected, at: s.gatheredAt }],
    };
  }
  if (!s.identities.ok) return couldNotCheck(base, s.identities, expected);
  const covering = coveringIdentity(from, s.identities.value);
  const evidence = [
    seen(s.identities, covering ? `${from} is covered by ${covering.name} (verified)` : `no verified identity covers ${from}`, expected),
  ];
  if (isFreeMailDomain(domainOf(from))) {
    return { ...base, status: "todo", summary: `${from} is a free-mail address; send from your own domain.`, evidence };
  }
  if (covering) return { ...base, status: "done", summary: `${from} is on the verified identity ${covering.name}.`, evidence };
  return { ...base, status: "todo", summary: `${from} is not on a verified identity in ${s.region}.`, evidence };
}
