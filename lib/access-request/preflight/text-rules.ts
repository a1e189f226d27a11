import type { AccessAnswers } from "../../validation/access-request";
import { mailKindList } from "../describe-answers";
import { finding, type Finding, type Rule } from "./types";

/** Everything the team wrote that AWS will read, in one string. */
export function allText(a: AccessAnswers): string {
  return [
    a.companyName,
    a.productDescription,
    mailKindList(a).join(". "),
    a.volumeNotes,
    a.optIn,
    a.optOut,
    a.bounceProcess,
    a.complaintProcess,
    a.unsubscribeProcess,
    a.monitoring,
    a.sampleMessage,
    a.includeDescription ? a.useCaseDescription : "",
  ]
    .filter(Boolean)
    .join("\n");
}

// The topics of the guide's questions and the follow-up (notes §1.3), each with the words that cover it.
const TOPICS: { name: string; re: RegExp; field: keyof AccessAnswers }[] = [
  {
    name: "where addresses come from (opt-in)",
    re: /sign[- ]?up|opt[- ]?in|register|subscribe|customers?|account holders?|users? (who )?(create|sign)/i,
    field: "optIn",
  },
  { name: "bounces", re: /bounce/i, field: "bounceProcess" },
  { name: "complaints", re: /complain/i, field: "complaintProcess" },
  { name: "unsubscribing", re: /unsubscrib|opt[- ]?out|preferences|no unsubscribe|transactional only/i, field: "optOut" },
];

const NEGATED = /\b(never|not|no|don't|do not|without)\b[^.]{0,40}$/i;
/** True when `re` matches somewhere not preceded, in its sentence, by a negation ("we never buy lists"). */
function claimed(text: string, re: RegExp): string | undefined {
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))) {
    const before =
      text
        .slice(Math.max(0, (m.index ?? 0) - 60), m.index)
        .split(/[.!?\n]/)
        .pop() ?? "";
    if (!NEGATED.test(before)) return m[0];
  }
  return undefined;
}

const BOUGHT =
  /\b(bought|purchased?|rented|rent|scraped?|harvested|cold (e-?mail|outreach|list)|lead lists?|third[- ]party (lists?|data))\b/i;
const PROMO = /\b(newsletters?|promotions?|promotional|campaigns?|offers?|discounts?|sales?)\b/i;
const RISKY = /\b(loans?|credit repair|mortgages?|pharma\w*|supplements?|gambling|casino|betting|adult|crypto\w*|work[- ]from[- ]home)\b/i;
const FORWARDING = /\b(forward(s|ing|ed)? (inbound|incoming|received)|e?-?mail[- ]forward\w*|relay(s|ing)?)\b/i;

/** T1–T7 (notes §5): what the text says, and what it leaves out. */
export const textRules: Rule[] = [
  (a) => {
    const text = allText(a);
    return TOPICS.filter((t) => !(a[t.field] as string | undefined)?.trim() && !t.re.test(text)).map((t): Finding =>
      finding(
        "T1",
        "warning",
        `The answers do not cover ${t.name}`,
        "AWS's follow-up asks about it every time; answer it in its own field.",
        { field: t.field },
      ),
    );
  },
  (a) =>
    a.dailyVolume === undefined || a.peakPerSecond === undefined
      ? finding(
          "T2",
          "warning",
          "No volume in numbers",
          "Give the expected emails per day and the peak per second; reviewers read numbers, not adjectives.",
          { field: "dailyVolume" },
        )
      : null,
  (a) => {
    const text = allText(a);
    if (a.mailType === "TRANSACTIONAL") {
      const m =
        claimed(text, PROMO) ??
        ((a.mailKinds ?? []).some((k) => k === "newsletter" || k === "promotions") ? "newsletters or promotions" : undefined);
      return m
        ? finding(
            "T3",
            "warning",
            "Transactional, but the answers mention promotional mail",
            `“${m}” reads like marketing. Pick the type that is the majority of your mail, and explain the rest.`,
            { field: "mailType" },
          )
        : null;
    }
    if (a.mailType === "MARKETING" && !/unsubscrib|opt[- ]?out/i.test(text)) {
      return finding(
        "T3",
        "warning",
        "Marketing mail without an unsubscribe",
        "Marketing mail must carry a one-click unsubscribe; describe it.",
        { field: "optOut" },
      );
    }
    return null;
  },
  (a) => {
    const m = claimed(allText(a), BOUGHT);
    return m
      ? finding(
          "T4",
          "blocker",
          "The list source sounds bought or cold",
          `“${m}”: purchased, rented or scraped lists are prohibited by the SES terms. Correct the text, or say plainly that you never use them.`,
          { field: "optIn" },
        )
      : null;
  },
  (a) =>
    (a.dailyVolume ?? 0) > 50_000 || (a.peakPerSecond ?? 0) > 14
      ? finding(
          "T5",
          "tip",
          "More than the usual starting quota",
          "Grants seen so far start at 50,000 a day and 14 a second; request an increase through Service Quotas after the grant rather than justify more now.",
          { field: "dailyVolume" },
        )
      : null,
  (a) => {
    const m = claimed(allText(a), RISKY);
    return m
      ? finding(
          "T6",
          "warning",
          "A closely watched line of business",
          `“${m}” is among the verticals AWS monitors closely: describe consent and content in more detail.`,
        )
      : null;
  },
  (a) => {
    const m = claimed(allText(a), FORWARDING);
    return m
      ? finding(
          "T7",
          "warning",
          "Forwarding or relaying mail",
          `“${m}”: forwarding inbound mail has been denied repeatedly and leads to high bounce rates.`,
        )
      : null;
  },
  (a) => {
    const thin = (["productDescription", "optIn", "bounceProcess", "complaintProcess"] as const).filter((k) => {
      const v = (a[k] ?? "").trim();
      return v.length > 0 && v.split(/\s+/).length < 8;
    });
    return thin.map((k): Finding =>
      finding(
        "T8",
        "warning",
        "A very short answer",
        "Vague, short answers are the most reported reason for a denial: say how, not only that.",
        { field: k },
      ),
    );
  },
];
