import { accessSubmissionSchema, MAX_DESCRIPTION } from "../../validation/access-request";
import { findPlaceholders } from "../find-placeholders";
import { finding, type Finding, type Rule } from "./types";

/** F1–F4 (notes §5): the request itself. */
export const formRules: Rule[] = [
  (a) => {
    const parsed = accessSubmissionSchema.safeParse(a);
    if (parsed.success) return null;
    return parsed.error.issues.map((i) =>
      finding("F1", "blocker", "A required answer is missing or malformed", i.message, { field: String(i.path[0] ?? "") }),
    );
  },
  (a) => {
    const found = findPlaceholders(a);
    return found.map((p): Finding =>
      finding(
        "F3",
        "blocker",
        "Placeholder text is left in",
        `“${p.match}” looks like ${p.kind}: replace it with your own words. Vague or template text is a common reason for a denial.`,
        { field: p.field },
      ),
    );
  },
  (a) => {
    if (!a.includeDescription) return null;
    const d = a.useCaseDescription ?? "";
    if (d.length > MAX_DESCRIPTION)
      return finding(
        "F4",
        "blocker",
        "The description is too long",
        `SES accepts at most ${MAX_DESCRIPTION} characters; this one has ${d.length}.`,
        { field: "useCaseDescription" },
      );
    if (d.trim().length < 400 || !/\d/.test(d)) {
      return finding(
        "F4",
        "warning",
        "The description is short or has no numbers",
        "Requests granted on record ran from about 600 to 3,500 characters with real figures; short, informal texts were denied.",
        { field: "useCaseDescription" },
      );
    }
    return null;
  },
];
