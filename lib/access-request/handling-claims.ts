import type { AccessAnswers } from "../validation/access-request";
import { isDone, type ObservedFacts } from "./observed-facts";

type HandlingField = "bounceProcess" | "complaintProcess" | "unsubscribeProcess" | "monitoring";
export const HANDLING_FIELDS: HandlingField[] = ["bounceProcess", "complaintProcess", "unsubscribeProcess", "monitoring"];

/** A claim the text makes that the dashboard can check against a readiness item. */
const CLAIMS: { label: string; pattern: RegExp; check: string }[] = [
  {
    label: "SNS notifications for bounces and complaints",
    pattern: /\bSNS\b|notification topic|event destination/i,
    check: "notifications.routed",
  },
  {
    label: "a confirmed subscriber receiving them",
    pattern: /\bwebhook\b|subscri(bed|ption)\b|reach(es)? our application/i,
    check: "notifications.subscribed",
  },
  { label: "the SES account-level suppression list", pattern: /suppression list/i, check: "handling.suppression-list" },
  { label: "CloudWatch alarms on bounce and complaint rates", pattern: /\balarms?\b|cloudwatch/i, check: "monitoring.alarms" },
  { label: "DKIM signing", pattern: /\bDKIM\b/, check: "authentication.dkim" },
  { label: "a DMARC record", pattern: /\bDMARC\b/, check: "authentication.dmarc" },
];

export type ClaimStatus = "verified" | "flagged" | "unverifiable";
export type HandlingStatement = { field: HandlingField; status: ClaimStatus; seen: string[]; unseen: string[] };

/**
 * Marks each compliance statement: verified when every checkable claim in it is
 * what the dashboard observes, flagged when it claims something the dashboard
 * cannot see (reviewers may compare claims with reality, and so should we).
 */
export function handlingClaims(a: AccessAnswers, o: ObservedFacts): HandlingStatement[] {
  return HANDLING_FIELDS.map((field) => {
    const value = a[field] ?? "";
    const made = CLAIMS.filter((c) => c.pattern.test(value));
    const seen = made.filter((c) => isDone(o, c.check)).map((c) => c.label);
    const unseen = made.filter((c) => !isDone(o, c.check)).map((c) => c.label);
    const status: ClaimStatus = unseen.length ? "flagged" : seen.length ? "verified" : "unverifiable";
    return { field, status, seen, unseen };
  });
}

/** Statements the dashboard can vouch for, to start the compliance step from what is really in place. */
export function prefillHandling(o: ObservedFacts): Pick<AccessAnswers, HandlingField> {
  const sns = isDone(o, "notifications.routed");
  const suppression = isDone(o, "handling.suppression-list");
  const alarms = isDone(o, "monitoring.alarms");
  const via = sns ? " Bounce notifications reach our application through SNS." : "";
  const list = suppression ? " The SES account-level suppression list is on for bounces and complaints." : "";
  return {
    bounceProcess: `Hard bounces: the address is removed from our list immediately. Soft bounces: retried 3 times, then removed.${via}${list} We keep the bounce rate below 5%.`,
    complaintProcess: `${sns ? "Complaint notifications reach our application through SNS. " : ""}The complainant is removed from all future non-essential mail at once, and each complaint is investigated within 24 hours.${list} We keep the complaint rate below 0.1%.`,
    unsubscribeProcess: "Unsubscribe requests are honoured immediately; an address is never re-added without a new explicit opt-in.",
    monitoring: alarms
      ? "CloudWatch alarms on the bounce rate (above 5%) and the complaint rate (above 0.1%) notify the team; we review the reputation metrics weekly."
      : "We review the bounce rate (target below 5%) and the complaint rate (target below 0.1%) daily in the SES console.",
  };
}
