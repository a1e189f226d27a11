import { z } from "zod";

/** SNS caps a message at 256 KiB; JSON escaping inside the envelope can grow it, so allow headroom but not unbounded input. */
export const MAX_SNS_BODY_BYTES = 1024 * 1024;

const isoTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, "not an ISO 8601 UTC timestamp");
const topicArn = z.string().regex(/^arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,256}$/, "not an SNS topic ARN");

const common = {
  MessageId: z.string().min(1).max(256),
  TopicArn: topicArn,
  Message: z.string(),
  Timestamp: isoTimestamp,
  SignatureVersion: z.enum(["1", "2"]),
  Signature: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "not base64"),
  SigningCertURL: z.string().min(1).max(2048),
};

const notification = z.object({
  Type: z.literal("Notification"),
  ...common,
  // Lambda-style deliveries carry Subject: null; null and absent both mean "not in the string to sign".
  Subject: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  UnsubscribeURL: z.string().optional(),
  MessageAttributes: z.record(z.string(), z.object({ Type: z.string(), Value: z.string() })).optional(),
});

const confirmationFields = { ...common, Token: z.string().min(1).max(2048), SubscribeURL: z.string().min(1).max(4096) };
const subscriptionConfirmation = z.object({ Type: z.literal("SubscriptionConfirmation"), ...confirmationFields });
const unsubscribeConfirmation = z.object({ Type: z.literal("UnsubscribeConfirmation"), ...confirmationFields });

export const snsMessageSchema = z.discriminatedUnion("Type", [notification, subscriptionConfirmation, unsubscribeConfirmation]);

export type SnsMessage = z.infer<typeof snsMessageSchema>;
export type SnsNotification = z.infer<typeof notification>;
export type SnsSubscriptionConfirmation = z.infer<typeof subscriptionConfirmation>;
export type SnsUnsubscribeConfirmation = z.infer<typeof unsubscribeConfirmation>;

export type ParseSnsBodyResult = { ok: true; message: SnsMessage } | { ok: false; reason: "malformed"; detail: string };

/** Parses the raw POST body. SNS sends text/plain, so the caller passes the text whatever the content type said. */
export function parseSnsBody(raw: string): ParseSnsBodyResult {
  if (Buffer.byteLength(raw, "utf8") > MAX_SNS_BODY_BYTES) return { ok: false, reason: "malformed", detail: "body larger than 1 MiB" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "malformed", detail: "body is not JSON" };
  }
  const parsed = snsMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "body";
    return { ok: false, reason: "malformed", detail: `${where}: ${issue?.message ?? "invalid"}` };
  }
  return { ok: true, message: parsed.data };
}
