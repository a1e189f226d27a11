import { z } from "zod";
import { dnsNameProblem } from "./dns-name";

// RFC 1035 §2.3.1 as relaxed by RFC 1123 §2.1 (labels may start with a digit); IDNs in their xn-- form.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Why a name is not a domain SES can verify, or null when it is one. */
export function domainNameProblem(name: string): string | null {
  if (name.includes("@")) return "That is an e-mail address: enter only the part after the @.";
  if (/^https?:\/\//.test(name) || name.includes("/")) return "Enter the domain alone, without http:// or a path.";
  const impossible = dnsNameProblem(name);
  if (impossible) return impossible;
  const labels = name.split(".");
  if (labels.length < 2) return "Enter a full domain such as example.com.";
  if (labels.some((l) => !LABEL.test(l))) return "Each part between dots may hold letters, digits and inner hyphens, up to 63 characters.";
  if (!TLD.test(labels[labels.length - 1]!)) return "The last part must be a top-level domain such as com or org.";
  return null;
}

/** A domain as SES and DNS name it: trimmed, lower case, no trailing dot; IDNs must be entered in xn-- form. */
export const domainNameField = z
  .string()
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/\.$/, ""))
  .superRefine((v, ctx) => {
    if (!v) return void ctx.addIssue({ code: "custom", message: "Enter a domain." });
    const problem = domainNameProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The label(s) of the custom MAIL FROM under the domain; SES requires a subdomain (mail-from.md). */
export const mailFromLabelField = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === "" || v.split(".").every((l) => LABEL.test(l)), { message: "Use letters, digits and inner hyphens, such as mail." })
  .optional()
  .transform((v) => v || undefined);

export const addDomainSchema = z.object({ domain: domainNameField, mailFrom: mailFromLabelField });
export type AddDomainInput = z.infer<typeof addDomainSchema>;

export const domainTargetSchema = z.object({ domain: domainNameField });

/** The DMARC generator's choices (query string of the detail page). */
export const dmarcChoiceSchema = z.object({
  policy: z.enum(["none", "quarantine", "reject"]).catch("none"),
  rua: z.string().trim().toLowerCase().email().optional().catch(undefined),
});
