import { MAIL_KINDS, MAX_DESCRIPTION, type AccessAnswers } from "../validation/access-request";
import { isDone, type ObservedFacts } from "./observed-facts";

const n = (v: number) => v.toLocaleString("en-US");
const line = (s: string | undefined) => (s ?? "").trim();

export function mailKindList(a: AccessAnswers): string[] {
  const kinds = (a.mailKinds ?? []).map((k) => MAIL_KINDS[k]);
  const other = line(a.otherMailKinds);
  return other ? [...kinds, other] : kinds;
}

export function volumeSentence(a: AccessAnswers): string {
  const parts = [];
  if (a.dailyVolume !== undefined) parts.push(`about ${n(a.dailyVolume)} emails per day`);
  if (a.peakPerSecond !== undefined) parts.push(`a peak of ${n(a.peakPerSecond)} per second`);
  const head = parts.length ? `Expected volume: ${parts.join(", with ")}.` : "";
  return [head, line(a.volumeNotes)].filter(Boolean).join(" ");
}

/** What the dashboard has verified about authentication, stated only when it is true. */
export function authenticationSentence(o: ObservedFacts): string {
  const done = [
    isDone(o, "identity.verified-domain") && "our sending domain is verified in SES",
    isDone(o, "authentication.dkim") && "DKIM signing passes",
    isDone(o, "authentication.spf") && "SPF includes amazonses.com",
    isDone(o, "authentication.mailFrom") && "a custom MAIL FROM domain is set",
    isDone(o, "authentication.dmarc") && "a DMARC record is published",
  ].filter((s): s is string => typeof s === "string");
  if (!done.length) return "";
  return `Authentication in place: ${done.join(", ")}.`;
}

/**
 * The UseCaseDescription, assembled in the order AWS's follow-up asks
 * (notes §3): who, what mail, volume, list source, bounces and complaints,
 * unsubscribe, authentication, a sample. Cut to SES's 5,000-character limit.
 */
export function assembleDescription(a: AccessAnswers, o: ObservedFacts): string {
  const kinds = mailKindList(a);
  const type = a.mailType === "MARKETING" ? "marketing" : "transactional";
  const sections = [
    [line(a.companyName) && `We are ${line(a.companyName)}${a.websiteUrl ? ` (${a.websiteUrl})` : ""}.`, line(a.productDescription)]
      .filter(Boolean)
      .join(" "),
    kinds.length ? `We send ${type} email:\n${kinds.map((k, i) => `${i + 1}. ${k}`).join("\n")}` : "",
    volumeSentence(a),
    line(a.optIn) && `How recipients give their address: ${line(a.optIn)}`,
    line(a.bounceProcess) && `Bounces: ${line(a.bounceProcess)}`,
    line(a.complaintProcess) && `Complaints: ${line(a.complaintProcess)}`,
    [line(a.optOut), line(a.unsubscribeProcess)].filter(Boolean).length
      ? `Unsubscribing: ${[line(a.optOut), line(a.unsubscribeProcess)].filter(Boolean).join(" ")}`
      : "",
    line(a.monitoring) && `Monitoring: ${line(a.monitoring)}`,
    authenticationSentence(o),
  ].filter(Boolean);
  const text = sections.join("\n\n");
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

export type FollowUpSection = { heading: string; body: string };

/** The answers AWS asks for on the support case (notes §1.3), in its order, ready to paste. */
export function followUpAnswers(a: AccessAnswers, o: ObservedFacts): FollowUpSection[] {
  const kinds = mailKindList(a);
  const quotaReason =
    a.dailyVolume !== undefined
      ? `We expect ${n(a.dailyVolume)} emails per day${a.peakPerSecond !== undefined ? ` and up to ${n(a.peakPerSecond)} per second at peak` : ""}; the sandbox's 200 per day and 1 per second cannot carry that. We ask for no more than the starting quota and will request increases through Service Quotas as real volume grows.`
      : "";
  return [
    {
      heading: "About us",
      body: [line(a.companyName) && `${line(a.companyName)}${a.websiteUrl ? `, ${a.websiteUrl}` : ""}.`, line(a.productDescription)]
        .filter(Boolean)
        .join(" "),
    },
    {
      heading: "How often we send",
      body: [
        kinds.length ? `${a.mailType === "MARKETING" ? "Marketing" : "Transactional"} email: ${kinds.join("; ")}.` : "",
        volumeSentence(a),
      ]
        .filter(Boolean)
        .join(" "),
    },
    { heading: "How we build and maintain our recipient list", body: line(a.optIn) },
    { heading: "How we handle bounces", body: line(a.bounceProcess) },
    { heading: "How we handle complaints", body: line(a.complaintProcess) },
    { heading: "How we handle unsubscribes", body: [line(a.optOut), line(a.unsubscribeProcess)].filter(Boolean).join(" ") },
    { heading: "How we chose the rate and quota", body: quotaReason },
    { heading: "Monitoring and authentication", body: [line(a.monitoring), authenticationSentence(o)].filter(Boolean).join(" ") },
    { heading: "Sample email", body: line(a.sampleMessage) },
  ].filter((s) => s.body);
}

export const followUpText = (sections: FollowUpSection[]) => sections.map((s) => `${s.heading}\n${s.body}`).join("\n\n");
