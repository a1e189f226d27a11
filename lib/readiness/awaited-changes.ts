import type { GatheredState } from "./types";

/**
 * What the reading shows AWS is still working on: changes that happen in the background (a review decision,
 * SES verifying a domain or its DKIM or MAIL FROM records). While any is awaited, the collector reads the
 * region every minute, so the next page load shows the outcome without a live AWS call.
 */
export function awaitedChanges(s: GatheredState): string[] {
  const out: string[] = [];
  if (s.account.ok && s.account.value.review?.status === "PENDING")
    out.push(`production-access review PENDING${s.account.value.review.caseId ? ` (case ${s.account.value.review.caseId})` : ""}`);
  if (s.identities.ok) {
    for (const i of s.identities.value) {
      if (i.verificationStatus === "PENDING") out.push(`${i.name}: verification PENDING`);
      if (i.dkim?.status === "PENDING") out.push(`${i.name}: DKIM PENDING`);
      if (i.mailFrom?.status === "PENDING") out.push(`${i.name}: MAIL FROM PENDING`);
    }
  }
  return out;
}
