import "server-only";
import { SendEmailCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import type { EmailPayload } from "./alert-payloads";

// SES accepts at most 50 recipients per message.
const MAX_RECIPIENTS = 50;

/** Sends the alert through SES v2 SendEmail, one message per 50 recipients; SES's errors (sandbox, paused) propagate. */
export async function sendEmailAlert(
  region: string,
  from: string,
  to: readonly string[],
  payload: EmailPayload,
): Promise<{ messageIds: string[] }> {
  const recipients = [...new Set(to.map((t) => t.trim()).filter(Boolean))];
  if (recipients.length === 0) throw new Error("No recipients for the alert email.");
  const messageIds: string[] = [];
  for (let i = 0; i < recipients.length; i += MAX_RECIPIENTS) {
    const out = await sesv2(region).send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: recipients.slice(i, i + MAX_RECIPIENTS) },
        Content: {
          Simple: { Subject: { Data: payload.subject, Charset: "UTF-8" }, Body: { Text: { Data: payload.text, Charset: "UTF-8" } } },
        },
      }),
    );
    if (out.MessageId) messageIds.push(out.MessageId);
  }
  return { messageIds };
}
