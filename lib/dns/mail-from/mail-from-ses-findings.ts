import { finding, type Finding } from "../findings";
import type { SesIdentityState } from "../alignment/ses-state";

const RESTART =
  "Set the MAIL FROM domain again in SES (SES v2 PutEmailIdentityMailFromAttributes) to restart detection; SES looks for the MX for up to 72 hours.";

/** BehaviorOnMxFailure: what SES does with mail while the MAIL FROM status is anything but SUCCESS. */
function behaviorFinding(mailFrom: string, ses: SesIdentityState): Finding | null {
  const notVerified = ses.mailFromStatus !== undefined && ses.mailFromStatus !== "SUCCESS";
  if (ses.behaviorOnMxFailure === "REJECT_MESSAGE") {
    return notVerified
      ? finding(
          "mailfrom.sends-rejected",
          "error",
          `BehaviorOnMxFailure is REJECT_MESSAGE and the MAIL FROM status is ${ses.mailFromStatus}: SES refuses every send from this identity (MailFromDomainNotVerified) until ${mailFrom} verifies.`,
          "Fix the MX record so SES verifies the MAIL FROM domain, or switch BehaviorOnMxFailure to USE_DEFAULT_VALUE to send meanwhile.",
        )
      : finding(
          "mailfrom.mx-failure-behavior",
          "info",
          `BehaviorOnMxFailure is REJECT_MESSAGE: if SES ever loses ${mailFrom}'s MX record, it refuses sends (MailFromDomainNotVerified) rather than fall back to amazonses.com.`,
          "",
        );
  }
  if (ses.behaviorOnMxFailure === "USE_DEFAULT_VALUE") {
    return notVerified
      ? finding(
          "mailfrom.mx-failure-behavior",
          "warning",
          `BehaviorOnMxFailure is USE_DEFAULT_VALUE and the MAIL FROM status is ${ses.mailFromStatus}: SES sends with an amazonses.com MAIL FROM meanwhile, so SPF silently stops aligning for DMARC.`,
          "Fix the MAIL FROM records so SES verifies them; DMARC then passes through DKIM only until it does.",
        )
      : finding(
          "mailfrom.mx-failure-behavior",
          "info",
          `BehaviorOnMxFailure is USE_DEFAULT_VALUE: if SES ever loses ${mailFrom}'s MX record, it falls back to an amazonses.com MAIL FROM and SPF stops aligning, without an error.`,
          "",
        );
  }
  return null;
}

/** SES's MAIL FROM status beside the DNS view: which side is behind and why. */
export function mailFromSesFindings(mailFrom: string, dnsOk: boolean, dnsUnknown: boolean, ses: SesIdentityState | undefined): Finding[] {
  if (!ses) return [];
  const out: Finding[] = [];
  switch (ses.mailFromStatus) {
    case "PENDING":
      out.push(
        dnsOk
          ? finding(
              "mailfrom.ses-pending",
              "info",
              `The MX and SPF records of ${mailFrom} are correct; SES has not seen them yet (it looks for up to 72 hours), so SES is behind.`,
              "Nothing to change: wait for SES's next check.",
            )
          : finding(
              "mailfrom.ses-pending",
              "info",
              `SES is looking for ${mailFrom}'s MX record (for up to 72 hours, then FAILED).`,
              "Publish the records above before then.",
            ),
      );
      break;
    case "FAILED":
      out.push(
        dnsOk
          ? finding(
              "mailfrom.ses-failed",
              "error",
              `SES reports the MAIL FROM domain FAILED, but ${mailFrom}'s records are correct now: SES stopped checking and is behind.`,
              RESTART,
            )
          : finding(
              "mailfrom.ses-failed",
              "error",
              `SES reports the MAIL FROM domain FAILED: it could not find the required MX record at ${mailFrom}.`,
              `Fix the records, then: ${RESTART}`,
            ),
      );
      break;
    case "TEMPORARY_FAILURE":
      out.push(
        finding(
          "mailfrom.ses-temporary-failure",
          "warning",
          `SES temporarily cannot find ${mailFrom}'s MX record; after 72 hours the status turns FAILED (or back to SUCCESS).`,
          dnsOk ? "The records are correct now; SES should recover on its next check." : "Fix the records above.",
        ),
      );
      break;
    case "SUCCESS":
      if (!dnsOk && !dnsUnknown) {
        out.push(
          finding(
            "mailfrom.ses-dns-disagree",
            "warning",
            `SES reports the MAIL FROM domain SUCCESS, but the DNS shows problems at ${mailFrom}: the records changed after SES verified them (SES keeps checking and will move to TEMPORARY_FAILURE), or the resolver holds an old answer.`,
            "Restore the records above.",
          ),
        );
      }
      break;
  }
  const behavior = behaviorFinding(mailFrom, ses);
  if (behavior) out.push(behavior);
  return out;
}
