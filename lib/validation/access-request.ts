import { z } from "zod";

/**
 * The production-access answers: one schema for the wizard (instant feedback),
 * the autosave and the submission. A draft may leave fields empty; whatever is
 * filled in must already be well-formed, so nothing malformed is ever stored.
 */

export const MAIL_TYPES = ["TRANSACTIONAL", "MARKETING"] as const;
export const CONTACT_LANGUAGES = ["EN", "JA"] as const;
export const MAIL_KINDS = {
  verification: "Email verification codes",
  "password-reset": "Password resets",
  notifications: "Account and activity notifications",
  alerts: "System alerts",
  receipts: "Receipts and invoices",
  newsletter: "Newsletters",
  promotions: "Promotions and offers",
} as const;
export type MailKind = keyof typeof MAIL_KINDS;
const MAIL_KIND_IDS = Object.keys(MAIL_KINDS) as [MailKind, ...MailKind[]];

/** SES's own limits (PutAccountDetails): ≤ 4 contacts, 6–254 chars each; WebsiteURL ≤ 1000; description ≤ 5000. */
export const MAX_CONTACTS = 4;
export const MAX_DESCRIPTION = 5000;
export const MAX_TEXT = 2000;

// Markup has no place in a request to AWS; refusing it keeps stored answers inert wherever they are shown.
const SCRIPTY = /<\s*\/?\s*(script|iframe|object|embed|style|svg|img)\b|javascript\s*:|\bon[a-z]+\s*=\s*["']?/i;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point of this pattern.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const text = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text.` })
    .max(max, { message: `${label} is too long (at most ${max.toLocaleString("en-US")} characters).` })
    .refine((v) => !SCRIPTY.test(v), { message: `${label} may not contain HTML or script.` })
    .refine((v) => !CONTROL.test(v), { message: `${label} contains control characters.` });

export const websiteUrlSchema = text(1000, "The website").refine(
  (v) => {
    if (!v) return true;
    try {
      const u = new URL(v);
      return u.protocol === "https:" && !!u.hostname && u.hostname.includes(".") && !u.username && !u.password && v === v.trim();
    } catch {
      return false;
    }
  },
  { message: "Enter a full https:// address, such as https://www.your-company.com." },
);

export const contactEmailSchema = z
  .string()
  .trim()
  .min(6, { message: "An address has at least 6 characters." })
  .max(254, { message: "An address has at most 254 characters." })
  .email({ message: "Not an email address." });

const intIn = (min: number, max: number, label: string) =>
  z
    .number({ message: `${label} must be a number.` })
    .int({ message: `${label} must be a whole number.` })
    .min(min, { message: `${label} must be at least ${min}.` })
    .max(max, { message: `${label} must be at most ${max.toLocaleString("en-US")}.` });

const fields = {
  companyName: text(200, "The company name"),
  websiteUrl: websiteUrlSchema,
  productDescription: text(MAX_TEXT, "The product description"),
  mailType: z.enum(MAIL_TYPES, { message: "Choose Transactional or Marketing." }),
  mailKinds: z.array(z.enum(MAIL_KIND_IDS, { message: "Unknown kind of mail." })).max(MAIL_KIND_IDS.length),
  otherMailKinds: text(500, "Other kinds of mail"),
  dailyVolume: intIn(1, 100_000_000, "The daily volume"),
  peakPerSecond: intIn(1, 100_000, "The peak rate"),
  volumeNotes: text(1000, "The volume notes"),
  optIn: text(MAX_TEXT, "How recipients give their address"),
  optOut: text(MAX_TEXT, "How recipients unsubscribe"),
  bounceProcess: text(MAX_TEXT, "The bounce process"),
  complaintProcess: text(MAX_TEXT, "The complaint process"),
  unsubscribeProcess: text(MAX_TEXT, "The unsubscribe process"),
  monitoring: text(MAX_TEXT, "The monitoring targets"),
  sampleMessage: text(MAX_TEXT, "The sample message"),
  contacts: z
    .array(contactEmailSchema)
    .max(MAX_CONTACTS, { message: `SES accepts at most ${MAX_CONTACTS} additional contacts.` })
    .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, { message: "Each contact only once." }),
  contactLanguage: z.enum(CONTACT_LANGUAGES, { message: "Choose English or Japanese." }),
  includeDescription: z.boolean(),
  useCaseDescription: text(MAX_DESCRIPTION, "The use-case description"),
  acknowledged: z.boolean(),
};

/** What autosave accepts: any subset, each present field well-formed. */
export const accessDraftSchema = z.object(fields).partial().strict();
export type AccessAnswers = z.infer<typeof accessDraftSchema>;

const required = (label: string) => (v: string | undefined) => (v ?? "").trim().length > 0 || label;

/** What a submission needs: the fields AWS and the follow-up answers depend on, filled in. */
export const accessSubmissionSchema = accessDraftSchema.superRefine((a, ctx) => {
  const need: [keyof AccessAnswers, string][] = [
    ["companyName", "Enter the company name."],
    ["websiteUrl", "Enter the website address."],
    ["productDescription", "Say what the product does."],
    ["optIn", "Say how recipients give you their address."],
    ["optOut", "Say how recipients unsubscribe (or why transactional mail has no unsubscribe)."],
    ["bounceProcess", "Describe the bounce process."],
    ["complaintProcess", "Describe the complaint process."],
  ];
  for (const [key, message] of need) {
    if (required(message)(a[key] as string | undefined) !== true) ctx.addIssue({ code: "custom", path: [key], message });
  }
  if (!a.mailType) ctx.addIssue({ code: "custom", path: ["mailType"], message: "Choose Transactional or Marketing." });
  if (!a.contactLanguage) ctx.addIssue({ code: "custom", path: ["contactLanguage"], message: "Choose English or Japanese." });
  if (!a.mailKinds?.length && !a.otherMailKinds?.trim())
    ctx.addIssue({ code: "custom", path: ["mailKinds"], message: "Pick at least one kind of mail." });
  if (a.dailyVolume === undefined) ctx.addIssue({ code: "custom", path: ["dailyVolume"], message: "Enter the expected daily volume." });
  if (a.peakPerSecond === undefined) ctx.addIssue({ code: "custom", path: ["peakPerSecond"], message: "Enter the expected peak rate." });
  if (a.includeDescription && !a.useCaseDescription?.trim()) {
    ctx.addIssue({ code: "custom", path: ["useCaseDescription"], message: "Write the description, or choose not to send one." });
  }
  if (!a.acknowledged) {
    ctx.addIssue({
      code: "custom",
      path: ["acknowledged"],
      message: "Confirm that you send only to people who asked for it and handle bounces and complaints.",
    });
  }
});

/** Field name → messages, the shape the form shows next to each field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return out;
}
