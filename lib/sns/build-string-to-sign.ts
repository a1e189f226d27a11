import type { SnsMessage } from "./parse-sns-body";

/*
 * The SNS string to sign (docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html):
 * for each key of the type's fixed list that is present, `name\nvalue\n`, using the decoded JSON values.
 */
const NOTIFICATION_KEYS = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"] as const;
const CONFIRMATION_KEYS = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"] as const;

export function buildStringToSign(message: SnsMessage): string {
  const fields = message as Record<string, string | undefined>;
  const keys = message.Type === "Notification" ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
  let out = "";
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined) out += `${key}\n${value}\n`;
  }
  return out;
}
