import type { AccessAnswers } from "../validation/access-request";

/** Text left from a template or typed as a stand-in: a request that still holds one reads as vague (notes §5 F3). */
const PATTERNS: { name: string; re: RegExp }[] = [
  { name: "a [bracketed] template field", re: /\[[^\]\n]{1,120}\]/ },
  { name: "an <angle-bracket> template field", re: /<[^<>\n]{1,80}>/ },
  { name: "a {{merge}} field", re: /\{\{[^}\n]{0,80}\}\}/ },
  { name: "TODO", re: /\bTODO\b/ },
  { name: "TBD", re: /\bTBD\b/ },
  { name: "XXX", re: /\bXXX+\b/i },
  { name: "lorem ipsum", re: /lorem ipsum/i },
  { name: "an example.com address", re: /\bexample\.(com|org|net)\b/i },
  { name: "your-domain", re: /\byour[-_ ]?(domain|company|product|website)\b/i },
  { name: "an ellipsis left as text", re: /\.\.\.\s*$|…\s*$/m },
];

/** Fields whose text is sent or copied to AWS; sample mail may keep real merge fields. */
export const TEXT_FIELDS = [
  "companyName",
  "websiteUrl",
  "productDescription",
  "otherMailKinds",
  "volumeNotes",
  "optIn",
  "optOut",
  "bounceProcess",
  "complaintProcess",
  "unsubscribeProcess",
  "monitoring",
  "sampleMessage",
  "useCaseDescription",
] as const satisfies readonly (keyof AccessAnswers)[];
export type TextField = (typeof TEXT_FIELDS)[number];

export type Placeholder = { field: TextField | "contacts"; match: string; kind: string };

export function findPlaceholders(a: AccessAnswers): Placeholder[] {
  const found: Placeholder[] = [];
  for (const field of TEXT_FIELDS) {
    const value = a[field];
    if (!value || (field === "useCaseDescription" && !a.includeDescription)) continue;
    for (const { name, re } of PATTERNS) {
      if (field === "sampleMessage" && name === "a {{merge}} field") continue;
      const m = value.match(re);
      if (m) found.push({ field, match: m[0].trim().slice(0, 60), kind: name });
    }
  }
  for (const c of a.contacts ?? [])
    if (/\bexample\.(com|org|net)$/i.test(c)) found.push({ field: "contacts", match: c, kind: "an example.com address" });
  return found;
}
