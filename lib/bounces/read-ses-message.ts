import { normalizeSesEvent } from "./normalize-ses-event";
import type { SesEvent } from "./ses-event";

export type SesMessageReading =
  | { type: "event"; event: SesEvent }
  /** Set-up chatter: SES confirming a topic works. Accept and store; nothing to process. */
  | { type: "setup"; detail: string }
  /** Valid JSON from SES of a type the dashboard does not process, or not from SES at all. */
  | { type: "ignored"; detail: string }
  | { type: "invalid"; detail: string };

// Published as plain text, not JSON, when an SNS event destination is created (real AWS; ope-tech/laravel-ses#10).
const EVENT_DESTINATION_VALIDATION = /^Successfully validated SNS topic for Amazon SES event publishing\.?$/;

/** Reads the Message of a verified SNS Notification. */
export function readSesMessage(message: string): SesMessageReading {
  const text = message.trim();
  if (EVENT_DESTINATION_VALIDATION.test(text)) return { type: "setup", detail: text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { type: "ignored", detail: "the message is plain text, not an SES notification" };
  }
  const obj = json !== null && typeof json === "object" ? (json as Record<string, unknown>) : {};
  // SES v1 publishes this once when SetIdentityNotificationTopic points an identity at a topic.
  if (obj.notificationType === "AmazonSnsSubscriptionSucceeded")
    return { type: "setup", detail: typeof obj.message === "string" ? obj.message : "SES subscribed the topic" };
  const normalized = normalizeSesEvent(json);
  if (normalized.ok) return { type: "event", event: normalized.event };
  return normalized.ignored ? { type: "ignored", detail: normalized.detail } : { type: "invalid", detail: normalized.detail };
}
