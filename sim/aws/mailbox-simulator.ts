import { randomUUID } from "node:crypto";

/** What happens to one recipient after SES accepts a message. */
export type RecipientEvent = "Delivery" | "Bounce" | "BounceSuppressed" | "Complaint";

export const SIMULATOR_DOMAIN = "simulator.amazonses.com";

export function isSimulatorAddress(address: string): boolean {
  return address.toLowerCase().endsWith(`@${SIMULATOR_DOMAIN}`);
}

/** Labels (`bounce+x@…`) behave like the plain address, as in SES. Non-simulator recipients are simply delivered. */
export function recipientEvents(address: string): RecipientEvent[] {
  if (!isSimulatorAddress(address)) return ["Delivery"];
  const local = (address.split("@")[0] ?? "").split("+")[0]?.toLowerCase();
  switch (local) {
    case "bounce":
      return ["Bounce"];
    case "suppressionlist":
      return ["BounceSuppressed"];
    case "complaint":
      return ["Delivery", "Complaint"];
    default:
      // success@, ooto@ (the auto-reply goes to the sender by email, not to SNS) and unknown local parts.
      return ["Delivery"];
  }
}

export type MailInfo = {
  timestamp: string;
  messageId: string;
  source: string;
  sourceArn: string;
  sourceIp: string;
  sendingAccountId: string;
  callerIdentity: string;
  destination: string[];
  commonHeaders?: { from: string[]; to: string[]; subject?: string; messageId: string };
  tags?: Record<string, string[]>;
};

const feedbackId = () => `0100${randomUUID()}-000000`;

/** The body SES puts in the SNS Message, for the given event and recipient. */
export function eventBody(
  event: RecipientEvent,
  recipient: string,
  now: Date,
): { type: "Bounce" | "Complaint" | "Delivery"; body: Record<string, unknown> } {
  const ts = now.toISOString();
  switch (event) {
    case "Delivery":
      return {
        type: "Delivery",
        body: {
          timestamp: ts,
          processingTimeMillis: 412,
          recipients: [recipient],
          smtpResponse: "250 2.6.0 Message received",
          reportingMTA: "a8-70.smtp-out.amazonses.com",
          remoteMtaIp: "192.0.2.25",
        },
      };
    case "Bounce":
      return {
        type: "Bounce",
        body: {
          bounceType: "Permanent",
          bounceSubType: "General",
          bouncedRecipients: [
            { emailAddress: recipient, action: "failed", status: "5.1.1", diagnosticCode: "smtp; 550 5.1.1 user unknown" },
          ],
          timestamp: ts,
          feedbackId: feedbackId(),
          reportingMTA: "dns; a8-70.smtp-out.amazonses.com",
          remoteMtaIp: "192.0.2.25",
        },
      };
    case "BounceSuppressed":
      return {
        type: "Bounce",
        body: {
          bounceType: "Permanent",
          bounceSubType: "Suppressed",
          bouncedRecipients: [
            {
              emailAddress: recipient,
              action: "failed",
              status: "5.1.1",
              diagnosticCode:
                "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
            },
          ],
          timestamp: ts,
          feedbackId: feedbackId(),
          reportingMTA: "dns; amazonses.com",
        },
      };
    case "Complaint":
      return {
        type: "Complaint",
        body: {
          complainedRecipients: [{ emailAddress: recipient }],
          timestamp: ts,
          feedbackId: feedbackId(),
          userAgent: "Amazon SES Mailbox Simulator",
          complaintFeedbackType: "abuse",
          arrivalDate: ts,
        },
      };
  }
}

/** Identity notification (`notificationType`) or event-publishing record (`eventType`) for one event. */
export function notificationPayload(
  form: "notification" | "event",
  type: "Bounce" | "Complaint" | "Delivery" | "Send",
  body: Record<string, unknown>,
  mail: MailInfo,
): string {
  const key = type.toLowerCase();
  const { tags, ...mailWithoutTags } = mail;
  if (form === "notification") return JSON.stringify({ notificationType: type, [key]: body, mail: mailWithoutTags });
  return JSON.stringify({ eventType: type, mail: { ...mailWithoutTags, tags: tags ?? {} }, [key]: body });
}
