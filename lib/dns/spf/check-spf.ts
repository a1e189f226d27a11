import { finding, sectionStatus, UNREACHABLE, type Finding } from "../findings";
import type { SpfSection } from "../mail-from/spf-seam";
import type { DnsLookup } from "../types";
import { analyzeSpf, type SpfTreeNode } from "./analyze-spf";
import { isSesAuthorized } from "./ses-authorization";
import { LOOKUP_LIMIT, VOID_LOOKUP_LIMIT } from "./spf-types";

export type CheckSpfOptions = {
  region?: string;
  /**
   * "mail-from": SES uses this domain as MAIL FROM, so SPF must authorize SES (error if not).
   * "apex": SES never sends with the apex as MAIL FROM, so SES in its SPF is information only.
   * "apex-beside-mail-from": the apex of a domain whose SES mail uses a custom MAIL FROM; its SPF
   * serves only the domain's other senders, so a missing record is information, as the generators
   * publish none there. Its errors (two records, too many lookups, +all) are still errors.
   */
  role?: "mail-from" | "apex" | "apex-beside-mail-from";
};

export type SpfCheck = SpfSection & { tree: SpfTreeNode };

const INCLUDE_SES = "include:amazonses.com";

/** The SPF section of a domain check: record, static lookup counts, SES authorization by evaluation, findings. */
export async function checkSpf(
  domain: string,
  lookup: DnsLookup,
  { region = "us-east-1", role = "mail-from" }: CheckSpfOptions = {},
): Promise<SpfCheck> {
  const analysis = await analyzeSpf(domain, lookup);
  const findings: Finding[] = [...analysis.findings];
  const { tree } = analysis;
  const base = { record: tree.record, lookups: analysis.lookups, voidLookups: analysis.voidLookups, tree };

  if (tree.status === "error") return { ...base, status: "unknown", sesAuthorized: null, findings };
  if (tree.status === "none" && role === "apex-beside-mail-from") {
    findings.push(
      finding(
        "spf.missing",
        "info",
        `${domain} publishes no SPF record of its own. SES does not need one (it uses the custom MAIL FROM), but mail other services send as ${domain} cannot pass SPF.`,
        `If other services send as ${domain}, publish one TXT record at ${domain} listing them, e.g. "v=spf1 include:<provider> ~all".`,
      ),
    );
  } else if (tree.status === "none") {
    findings.push(
      finding(
        "spf.missing",
        "error",
        `${domain} publishes no SPF record, so receivers cannot tell which servers may send as ${domain}.`,
        `Publish one TXT record at ${domain}: "v=spf1 ${INCLUDE_SES} ~all"${role === "apex" ? " (with the other services that send as this domain)" : ""}.`,
      ),
    );
  }
  if (analysis.lookups > LOOKUP_LIMIT) {
    findings.push(
      finding(
        "spf.too-many-lookups",
        "error",
        `The SPF record of ${domain} needs ${analysis.lookups} DNS lookups in the worst case; over ${LOOKUP_LIMIT} is a permanent error (RFC 7208 §4.6.4), so SPF fails for some or all mail.`,
        "Remove includes of services that no longer send for you, or replace a: and mx: terms with ip4:/ip6: ranges.",
      ),
    );
  }
  if (analysis.voidLookups > VOID_LOOKUP_LIMIT) {
    findings.push(
      finding(
        "spf.too-many-void-lookups",
        "error",
        `The SPF tree of ${domain} has ${analysis.voidLookups} lookups that find nothing; over ${VOID_LOOKUP_LIMIT} is a permanent error (RFC 7208 §4.6.4).`,
        "Remove the terms that point at names without records (see the tree).",
      ),
    );
  }

  // Two records or a syntax error are a permerror (RFC 7208 §4.5, §4.6): evaluation says "not authorized", a verdict, not "unknown".
  const ses = await isSesAuthorized(domain, region, lookup);
  if (ses.authorized === null && !findings.some((f) => f.code === UNREACHABLE)) {
    findings.push(
      finding(
        UNREACHABLE,
        "error",
        `Could not evaluate SPF of ${domain} for SES: ${ses.reason}.`,
        "Retry the check; if it keeps failing, check that the zone's name servers answer.",
      ),
    );
  } else if (ses.authorized === false && tree.status === "ok") {
    findings.push(
      role === "mail-from"
        ? finding(
            "spf.ses-not-authorized",
            "error",
            `SPF of ${domain} does not authorize Amazon SES: ${ses.reason}. Mail SES sends with this MAIL FROM fails SPF.`,
            `Add ${INCLUDE_SES} before the all term of the record at ${domain}.`,
          )
        : finding(
            "spf.ses-not-authorized",
            "info",
            `SPF of ${domain} does not list Amazon SES. That is fine: SES sends with its own MAIL FROM (or your custom MAIL FROM subdomain), never the apex.`,
            "Nothing to change for SES; authorize SES in the SPF record of the custom MAIL FROM subdomain.",
          ),
    );
  }
  return { ...base, status: sectionStatus(findings), sesAuthorized: ses.authorized, findings };
}
