import { finding, normalizeName, type Finding } from "../findings";
import type { AlignmentMode } from "../dmarc/dmarc-types";
import { orgDomainByPsl } from "../dmarc/organizational-domain";

export type Tri = boolean | null;

export type AlignmentInput = {
  /** The From domain of mail sent through SES from this identity (the identity domain unless said otherwise). */
  fromDomain: string;
  /** Easy DKIM signs with d= the identity domain. */
  identityDomain: string;
  dmarc: { state: "found" | "missing" | "invalid" | "unknown"; adkim: AlignmentMode; aspf: AlignmentMode };
  dkim: { signingEnabled?: boolean; sesStatus?: string; dns: "ok" | "bad" | "unknown" };
  mailFrom: { domain?: string; sesStatus?: string; dns: "ok" | "bad" | "unknown"; spfAuthorizesSes: Tri };
  orgDomainOf?: (domain: string) => string;
};

export type Alignment = { dmarcPasses: Tri; via: "dkim" | "spf" | "both" | null; findings: Finding[] };

const isAligned = (a: string, b: string, mode: AlignmentMode, org: (d: string) => string) =>
  normalizeName(a) === normalizeName(b) || (mode === "r" && org(a) === org(b));

/** Whether SES's DKIM signature passes and aligns with the From domain (RFC 7489 §3.1.1). */
function dkimPath(i: AlignmentInput, org: (d: string) => string, out: Finding[]): Tri {
  const { dkim } = i;
  if (dkim.signingEnabled === false) {
    out.push(
      finding(
        "alignment.dkim-signing-disabled",
        "warning",
        "DKIM signing is switched off in SES, so the DKIM path cannot pass.",
        "Enable DKIM signing for the identity.",
      ),
    );
    return false;
  }
  if (dkim.sesStatus !== undefined && dkim.sesStatus !== "SUCCESS") {
    out.push(
      finding(
        "alignment.dkim-not-verified",
        "warning",
        `SES's DKIM status is ${dkim.sesStatus}: until it is SUCCESS, SES signs only with d=amazonses.com, which does not align with ${i.fromDomain}.`,
        "Publish the DKIM CNAMEs and wait for SES to verify them.",
      ),
    );
    return false;
  }
  if (dkim.dns === "unknown") return null;
  if (dkim.dns === "bad") {
    out.push(
      finding(
        "alignment.dkim-records",
        "warning",
        "The DKIM records are not all in place, so receivers cannot fetch the key that verifies SES's signature.",
        "Fix the DKIM findings.",
      ),
    );
    return false;
  }
  if (!isAligned(i.fromDomain, i.identityDomain, i.dmarc.adkim, org)) {
    const strict = i.dmarc.adkim === "s";
    out.push(
      finding(
        "alignment.dkim-strict",
        "warning",
        `DKIM signs with d=${i.identityDomain}, which does not ${strict ? "equal" : "share an organizational domain with"} the From domain ${i.fromDomain}${strict ? " (adkim=s)" : ""}.`,
        strict
          ? "Remove adkim=s from the DMARC record (relaxed is the default)."
          : `Send from ${i.identityDomain} or verify the From domain itself.`,
      ),
    );
    return false;
  }
  return true;
}

/** Whether SPF passes for SES's MAIL FROM and aligns with the From domain. */
function spfPath(i: AlignmentInput, org: (d: string) => string, out: Finding[]): Tri {
  const { mailFrom } = i;
  if (!mailFrom.domain) {
    out.push(
      finding(
        "alignment.spf-default-mail-from",
        "info",
        `Without a custom MAIL FROM, SES's MAIL FROM is under amazonses.com: SPF passes there but can never align with ${i.fromDomain}.`,
        `Set a custom MAIL FROM such as mail.${i.identityDomain} for a second DMARC path.`,
      ),
    );
    return false;
  }
  if (mailFrom.sesStatus !== undefined && mailFrom.sesStatus !== "SUCCESS") {
    out.push(
      finding(
        "alignment.spf-mail-from-not-verified",
        "warning",
        `SES's MAIL FROM status is ${mailFrom.sesStatus}: SES does not use ${mailFrom.domain} yet, so SPF cannot align.`,
        "Fix the MAIL FROM findings and wait for SES to verify the MX record.",
      ),
    );
    return false;
  }
  if (!isAligned(i.fromDomain, mailFrom.domain, i.dmarc.aspf, org)) {
    const strict = i.dmarc.aspf === "s";
    out.push(
      finding(
        "alignment.spf-strict",
        "warning",
        `The MAIL FROM ${mailFrom.domain} does not ${strict ? "equal" : "share an organizational domain with"} the From domain ${i.fromDomain}${strict ? " and the DMARC record asks for strict SPF alignment (aspf=s), which a MAIL FROM subdomain can never meet" : ""}.`,
        strict ? "Remove aspf=s from the DMARC record (relaxed is the default)." : `Use a MAIL FROM under ${i.fromDomain}.`,
      ),
    );
    return false;
  }
  if (mailFrom.dns === "unknown" || mailFrom.spfAuthorizesSes === null) return null;
  if (mailFrom.dns === "bad" || mailFrom.spfAuthorizesSes === false) {
    out.push(
      finding(
        "alignment.spf-records",
        "warning",
        `SPF at ${mailFrom.domain} does not pass for SES's addresses (see the MAIL FROM findings).`,
        "Fix the MAIL FROM findings.",
      ),
    );
    return false;
  }
  return true;
}

/**
 * Whether DMARC passes for mail sent through SES from this identity, and
 * through which path: DKIM (d= the identity) or SPF (the custom MAIL FROM),
 * each needing SES's verification, the DNS, and alignment under adkim/aspf.
 */
export function checkAlignment(i: AlignmentInput): Alignment {
  const org = i.orgDomainOf ?? orgDomainByPsl;
  const findings: Finding[] = [];
  const dkim = dkimPath(i, org, findings);
  const spf = spfPath(i, org, findings);
  if (i.dmarc.state === "unknown") return { dmarcPasses: null, via: null, findings };
  if (i.dmarc.state !== "found") {
    findings.push(
      finding(
        "alignment.no-dmarc",
        "info",
        "There is no valid DMARC record, so no DMARC result: receivers that require DMARC (Gmail, Yahoo and Outlook for bulk senders) treat the mail as unauthenticated.",
        "Publish a DMARC record (see the DMARC findings).",
      ),
    );
    return { dmarcPasses: false, via: null, findings };
  }
  const via = dkim && spf ? "both" : dkim ? "dkim" : spf ? "spf" : null;
  if (via) {
    if (via === "dkim" && spf === false)
      findings.push(
        finding(
          "alignment.single-path",
          "info",
          "DMARC passes through DKIM only: one missing or revoked DKIM record and it fails.",
          "A verified custom MAIL FROM with relaxed aspf adds SPF as a second path.",
        ),
      );
    return { dmarcPasses: true, via, findings };
  }
  if (dkim === null || spf === null) return { dmarcPasses: null, via: null, findings };
  findings.push(
    finding(
      "alignment.fails",
      "error",
      `DMARC fails for mail sent through SES from ${i.fromDomain}: neither DKIM nor SPF passes aligned with the From domain.`,
      "Fix the findings above; DKIM alone is enough.",
    ),
  );
  return { dmarcPasses: false, via: null, findings };
}
