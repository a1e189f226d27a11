import { z } from "zod";

const MAX_EMAILS = 50;

/** Slack-compatible incoming webhooks are HTTPS; plain http is allowed for an internal receiver, which OUTBOUND_ALLOW_HOSTS must list. */
const webhookUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => v === "" || /^https?:\/\//i.test(v), "Enter an http:// or https:// URL.")
  .refine((v) => v === "" || URL.canParse(v), "Enter a valid URL.")
  .transform((v) => (v === "" ? null : v));

/** Addresses separated by commas, semicolons, spaces or new lines, as people paste them. */
const emailList = z
  .string()
  .max(10_000)
  .transform((v) => [
    ...new Set(
      v
        .split(/[\s,;]+/)
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .superRefine((list, ctx) => {
    const bad = list.filter((a) => !z.string().email().safeParse(a).success);
    if (bad.length)
      ctx.addIssue({ code: "custom", message: `Not an e-mail address: ${bad.slice(0, 3).join(", ")}${bad.length > 3 ? "…" : ""}` });
    if (list.length > MAX_EMAILS) ctx.addIssue({ code: "custom", message: `At most ${MAX_EMAILS} addresses.` });
  });

const topicArn = z
  .string()
  .trim()
  .max(300)
  .refine(
    (v) => v === "" || /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(v),
    "Enter an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>), or leave it empty.",
  )
  .transform((v) => (v === "" ? null : v));

export const alertSettingsSchema = z.object({
  webhookUrl: webhookUrl.prefault(""),
  emails: emailList.prefault(""),
  alarmTopicArn: topicArn.prefault(""),
});

export type AlertSettings = z.output<typeof alertSettingsSchema>;

export const acknowledgeAlertSchema = z.object({ id: z.string().min(1).max(100) });

export const repairAlarmsSchema = z.object({});
