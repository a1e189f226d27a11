import { getDomain } from "tldts";
import { isFreeMailDomain } from "../../readiness/rules/identity";
import type { AccessAnswers } from "../../validation/access-request";
import { finding, type Finding, type Rule } from "./types";
import { allText } from "./text-rules";

const domainOf = (address: string) => address.slice(address.lastIndexOf("@") + 1).toLowerCase();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/g;

function companyDomain(a: AccessAnswers, fromAddress?: string): string | null {
  try {
    if (a.websiteUrl) return getDomain(new URL(a.websiteUrl).hostname);
  } catch {
    /* a malformed URL is F1's finding */
  }
  return fromAddress ? getDomain(domainOf(fromAddress)) : null;
}

/** C1, C2 and H1 (notes §5): who AWS writes to, in which language, and whether the sandbox was used. */
export const contactRules: Rule[] = [
  (a) =>
    (a.contacts ?? [])
      .filter((c) => isFreeMailDomain(domainOf(c)))
      .map((c): Finding =>
        finding(
          "D6",
          "warning",
          "A free-mail contact address",
          `${c}: use an address at your company domain that a person reads; AWS writes to these contacts about the case.`,
          { field: "contacts" },
        ),
      ),
  (a, o) => {
    const contacts = a.contacts ?? [];
    const domain = companyDomain(a, o.fromAddress);
    if (!contacts.length)
      return finding(
        "C1",
        "warning",
        "No additional contact",
        "AWS's questions on the case go to the account's email and these contacts: add a monitored address of the team.",
        { field: "contacts" },
      );
    if (domain && !contacts.some((c) => getDomain(domainOf(c)) === domain)) {
      return finding(
        "C1",
        "tip",
        "No contact on the company domain",
        `None of the contacts is at ${domain}; one there makes the request look like it comes from the business.`,
        { field: "contacts" },
      );
    }
    return null;
  },
  (a) => {
    const text = allText(a);
    const ja = (text.match(JAPANESE) ?? []).length;
    if (!text.trim()) return null;
    if (a.contactLanguage === "JA" && ja < 20)
      return finding(
        "C2",
        "tip",
        "Japanese chosen, answers in English",
        "AWS will write in Japanese; make sure the team reads it, or choose English.",
        { field: "contactLanguage" },
      );
    if (a.contactLanguage === "EN" && ja > text.length / 4)
      return finding("C2", "tip", "English chosen, answers in Japanese", "Choose Japanese if the team prefers it.", {
        field: "contactLanguage",
      });
    return null;
  },
  (_, o) =>
    o.account && o.account.quota.sentLast24Hours === 0 && o.checks["sending.test-mail"]?.status !== "done"
      ? finding(
          "H1",
          "tip",
          "No sandbox sending seen",
          "An AWS engineer named accounts with no testing beyond verification among those denied: send a few tests (the mailbox simulator counts).",
          { link: { href: "/readiness#sending.test-mail", label: "Send a test" } },
        )
      : null,
];
