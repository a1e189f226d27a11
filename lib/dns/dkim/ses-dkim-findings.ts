import { finding, type Finding } from "../findings";
import type { SesIdentityState } from "../alignment/ses-state";
import type { DkimRecordState } from "./inspect-dkim-record";

/** VerificationInfo.ErrorType in words (API_VerificationInfo). */
export const SES_ERROR_TYPE: Record<string, string> = {
  INVALID_VALUE: "SES found a record at the name with the wrong value",
  TYPE_NOT_FOUND: "SES found the name, but not as a CNAME",
  HOST_NOT_FOUND: "SES found no record at the name",
  SERVICE_ERROR: "an internal SES error stopped the check",
  DNS_SERVER_ERROR: "the domain's name servers did not answer SES",
};

const RESTART =
  "Start verification again in SES (for Easy DKIM: recreate the identity or re-enable DKIM), then keep the records published; SES looks for them for up to 72 hours.";

function sesSays(ses: SesIdentityState): string {
  const info = ses.verificationInfo;
  const why = info?.errorType ? ` (${SES_ERROR_TYPE[info.errorType] ?? info.errorType})` : "";
  const when = info?.lastCheckedTimestamp ? `, last checked ${info.lastCheckedTimestamp}` : "";
  return `SES reports DKIM ${ses.dkimStatus}${why}${when}`;
}

/**
 * Where SES's DKIM status and the DNS disagree, which side is behind and why,
 * and SES's own DKIM settings (signing switched off, 1024-bit keys).
 */
export function sesDkimFindings(states: DkimRecordState[], ses: SesIdentityState | undefined): Finding[] {
  if (!ses) return [];
  const out: Finding[] = [];
  const known = states.filter((s) => s.state !== "unknown");
  const dnsOk = states.length > 0 && known.length === states.length && states.every((s) => s.state === "ok");
  const dnsBad = known.some((s) => s.state !== "ok");
  if (ses.signingEnabled === false) {
    out.push(
      finding(
        "dkim.signing-disabled",
        "warning",
        "SES does not sign this identity's mail with DKIM (SigningEnabled is false), so DMARC cannot pass through DKIM.",
        "Enable DKIM signing for the identity (SES v2 PutEmailIdentityDkimAttributes, SigningEnabled true).",
      ),
    );
  }
  if (ses.signingKeyLength === "RSA_1024_BIT") {
    out.push(
      finding(
        "dkim.signing-key-1024",
        "warning",
        "SES signs this identity's mail with a 1024-bit RSA key; 2048 bits is the default and what large mailbox providers recommend.",
        "Switch to 2048 bits: SES v2 PutEmailIdentityDkimSigningAttributes with SigningAttributesOrigin AWS_SES and NextSigningKeyLength RSA_2048_BIT. SES rotates the key behind the same CNAMEs; the length can change at most once a day.",
      ),
    );
  }
  switch (ses.dkimStatus) {
    case "PENDING":
      out.push(
        dnsOk
          ? finding(
              "dkim.ses-pending",
              "info",
              "The DKIM records are correct in DNS; SES has not seen them yet. SES looks for the records for up to 72 hours after the identity is created, so SES is behind, not the DNS.",
              "Nothing to change: wait for SES's next check.",
            )
          : finding(
              "dkim.ses-pending",
              "info",
              "SES is still looking for the DKIM records (for up to 72 hours after the identity was created); after that the status turns FAILED.",
              "Publish the records listed above before then.",
            ),
      );
      break;
    case "FAILED":
      out.push(
        dnsOk
          ? finding(
              "dkim.ses-failed",
              "error",
              `${sesSays(ses)}, but the records are correct in DNS now: SES stopped looking after 72 hours and is behind.`,
              RESTART,
            )
          : finding(
              "dkim.ses-failed",
              "error",
              `${sesSays(ses)}; the DNS shows why in the findings above.`,
              `Fix the records, then: ${RESTART}`,
            ),
      );
      break;
    case "TEMPORARY_FAILURE":
      out.push(
        finding(
          "dkim.ses-temporary-failure",
          "warning",
          `${sesSays(ses)}: SES could not read the records for a while; it keeps trying for 72 hours before FAILED.`,
          dnsOk ? "The records are correct now; SES should recover on its next check." : "Fix the records listed above.",
        ),
      );
      break;
    case "SUCCESS":
      if (dnsBad) {
        out.push(
          finding(
            "dkim.ses-dns-disagree",
            "warning",
            "SES reports DKIM SUCCESS, but the DNS does not show every record: either the records were changed or removed after SES verified them (SES will notice, and after notice stop DKIM signing), or the resolver still holds an old answer.",
            "Restore the records listed above; if they are published, query the zone's authoritative name servers to rule out a stale cache.",
          ),
        );
      }
      break;
    case "NOT_STARTED":
      out.push(
        finding(
          "dkim.ses-not-started",
          "info",
          "SES has not started DKIM verification for this identity.",
          "Enable Easy DKIM for the identity in SES.",
        ),
      );
      break;
  }
  return out;
}
