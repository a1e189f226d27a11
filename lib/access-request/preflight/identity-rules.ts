import { getDomain } from "tldts";
import { isFreeMailDomain } from "../../readiness/rules/identity";
import { isDone } from "../observed-facts";
import { finding, type Rule } from "./types";

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

/**
 * D1–D7 (notes §5). The notes propose D1 and D2 as blockers; the issue asks the
 * wizard to let the team submit with open checklist items and warn about each,
 * so they are warnings here (verification "gets requests approved faster").
 */
export const identityRules: Rule[] = [
  (_, o) =>
    isDone(o, "identity.verified-domain")
      ? null
      : finding(
          "D1",
          "warning",
          "No verified sending domain",
          `${o.checks["identity.verified-domain"]?.summary ?? "Not checked yet."} AWS says verifying the domain first gets a request approved faster; only an address verified is the most common reason a request stalls.`,
          { link: { href: "/readiness#identity.verified-domain", label: "Fix in the checklist" } },
        ),
  (_, o) =>
    isDone(o, "authentication.dkim")
      ? null
      : finding(
          "D2",
          "warning",
          "DKIM is not passing",
          `${o.checks["authentication.dkim"]?.summary ?? "Not checked yet."} Reviewers expect signed mail from your own domain.`,
          { link: { href: "/readiness#authentication.dkim", label: "Fix in the checklist" } },
        ),
  (_, o) =>
    isDone(o, "authentication.mailFrom")
      ? null
      : finding(
          "D3",
          "warning",
          "No custom MAIL FROM domain",
          "Without it SPF does not align with your From domain; AWS's own onboarding guide requires it before the request.",
          { link: { href: "/readiness#authentication.mailFrom", label: "Fix in the checklist" } },
        ),
  (_, o) =>
    isDone(o, "authentication.dmarc")
      ? null
      : finding(
          "D4",
          "warning",
          "No DMARC record",
          "A DMARC record (p=none is enough to start) is expected by AWS's guide and by the large mailbox providers since 2024.",
          { link: { href: "/readiness#authentication.dmarc", label: "Fix in the checklist" } },
        ),
  (a, o) => {
    const site = getDomain(hostOf(a.websiteUrl) ?? "");
    const from = o.fromAddress ? getDomain(domainOf(o.fromAddress)) : null;
    return site && from && site !== from
      ? finding(
          "D5",
          "tip",
          "The website and the sending domain differ",
          `The website is on ${site}, the mail comes from ${from}. AWS allows this, but say in the answers how the two belong together.`,
          { field: "websiteUrl" },
        )
      : null;
  },
  (_, o) =>
    o.fromAddress && isFreeMailDomain(domainOf(o.fromAddress))
      ? finding(
          "D6",
          "warning",
          "The From address is on a free-mail domain",
          `${o.fromAddress}: AWS advises against sending from ISP addresses; use your own domain.`,
          { link: { href: "/settings", label: "Settings" } },
        )
      : null,
  (_, o) =>
    o.fromAddress && /^(no-?reply|do-?not-?reply)@/i.test(o.fromAddress)
      ? finding(
          "D7",
          "tip",
          "The From address is a no-reply address",
          `${o.fromAddress}: AWS's best practices advise against no-reply senders; recipients should be able to answer.`,
        )
      : null,
];
