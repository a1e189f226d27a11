import type { z } from "zod";
import { domainOf, extractAddress, normalizeAddress } from "./email-address";
import type { SesEvent, SesEventKind, SesEventRecipient } from "./ses-event";
import {
  bounceSchema,
  complaintSchema,
  deliveryDelaySchema,
  deliverySchema,
  rejectSchema,
  sesPayloadSchema,
  timedSchema,
  type SesRecipientPayload,
} from "./ses-payload-schema";

export type NormalizeResult = { ok: true; event: SesEvent } | { ok: false; ignored: boolean; detail: string };

/** SES type name → kind and the member that holds its details ("Rendering Failure" has a space in AWS's payloads). */
const KINDS: Record<string, { kind: SesEventKind; member: string }> = {
  Bounce: { kind: "bounce", member: "bounce" },
  Complaint: { kind: "complaint", member: "complaint" },
  Delivery: { kind: "delivery", member: "delivery" },
  Send: { kind: "send", member: "send" },
  Reject: { kind: "reject", member: "reject" },
  DeliveryDelay: { kind: "delivery-delay", member: "deliveryDelay" },
  Open: { kind: "open", member: "open" },
  Click: { kind: "click", member: "click" },
  "Rendering Failure": { kind: "rendering-failure", member: "failure" },
  Subscription: { kind: "subscription", member: "subscription" },
};

/** Kinds that can happen more than once per recipient and message; their key includes the event time. */
const REPEATABLE = new Set<SesEventKind>(["delivery-delay", "open", "click"]);

const date = (s: string | undefined, fallback: Date) => {
  const t = s === undefined ? Number.NaN : Date.parse(s);
  return Number.isNaN(t) ? fallback : new Date(t);
};
const opt = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? undefined : v);

/**
 * One shape for both routes. Bounce types are part of the key so a soft and a hard bounce of one message stay
 * two events; the route is not, so a bounce delivered by both routes counts once.
 */
export function normalizeSesEvent(payload: unknown): NormalizeResult {
  const top = sesPayloadSchema.safeParse(payload);
  if (!top.success) return { ok: false, ignored: false, detail: `not an SES payload: ${issue(top.error)}` };
  const { notificationType, eventType, mail } = top.data;
  const typeName = eventType ?? notificationType;
  const spec = typeName === undefined ? undefined : KINDS[typeName];
  if (!spec) return { ok: false, ignored: true, detail: `SES type ${typeName ?? "(none)"} is not handled` };
  const body = (top.data as Record<string, unknown>)[spec.member];

  const mailTimestamp = date(mail.timestamp, new Date(Number.NaN));
  if (Number.isNaN(mailTimestamp.getTime())) return { ok: false, ignored: false, detail: "mail.timestamp is not a date" };
  const tags = mail.tags ?? {};
  const base = {
    kind: spec.kind,
    route: eventType !== undefined ? "event-publishing" : "identity-notification",
    messageId: mail.messageId,
    mailTimestamp,
    source: extractAddress(mail.source),
    sourceDomain: domainOf(mail.source) || (tags["ses:from-domain"]?.[0] ?? "").toLowerCase(),
    sourceArn: mail.sourceArn,
    sendingAccountId: mail.sendingAccountId,
    configurationSet: tags["ses:configuration-set"]?.[0],
    subject: mail.commonHeaders?.subject,
    tags,
  } satisfies Partial<SesEvent>;

  const details = readDetails(spec.kind, body, mail.destination, mailTimestamp);
  if (!details.ok) return { ok: false, ignored: false, detail: `${typeName}: ${details.detail}` };
  const { recipients, timestamp, fields, keyPart } = details;
  const event: SesEvent = {
    ...base,
    ...fields,
    timestamp,
    recipients: recipients.map((r) => {
      const normalized = normalizeAddress(r.emailAddress);
      const when = REPEATABLE.has(spec.kind) ? `|${timestamp.toISOString()}` : "";
      return {
        address: extractAddress(r.emailAddress),
        normalized,
        status: opt(r.status),
        diagnostic: opt(r.diagnosticCode),
        action: opt(r.action),
        dedupeKey: `${mail.messageId}|${keyPart}${when}|${normalized}`,
      } satisfies SesEventRecipient;
    }),
  };
  return { ok: true, event };
}

type Details =
  | { ok: true; recipients: SesRecipientPayload[]; timestamp: Date; keyPart: string; fields: Partial<SesEvent> }
  | { ok: false; detail: string };

function readDetails(kind: SesEventKind, body: unknown, destination: string[], mailTimestamp: Date): Details {
  const parse = <T extends z.ZodType>(schema: T): z.infer<T> | string => {
    const r = schema.safeParse(body);
    return r.success ? r.data : issue(r.error);
  };
  const toDestination = () => destination.map((emailAddress) => ({ emailAddress }));
  switch (kind) {
    case "bounce": {
      const b = parse(bounceSchema);
      if (typeof b === "string") return { ok: false, detail: b };
      return {
        ok: true,
        recipients: b.bouncedRecipients,
        timestamp: date(b.timestamp, mailTimestamp),
        keyPart: `bounce/${b.bounceType}`,
        fields: { bounceType: b.bounceType, bounceSubType: b.bounceSubType, feedbackId: b.feedbackId, reportingMta: b.reportingMTA },
      };
    }
    case "complaint": {
      const c = parse(complaintSchema);
      if (typeof c === "string") return { ok: false, detail: c };
      return {
        ok: true,
        recipients: c.complainedRecipients,
        timestamp: date(c.timestamp, mailTimestamp),
        keyPart: "complaint",
        fields: {
          complaintFeedbackType: opt(c.complaintFeedbackType),
          complaintSubType: opt(c.complaintSubType),
          feedbackId: c.feedbackId,
        },
      };
    }
    case "delivery": {
      const d = parse(deliverySchema);
      if (typeof d === "string") return { ok: false, detail: d };
      return {
        ok: true,
        recipients: d.recipients.map((emailAddress) => ({ emailAddress })),
        timestamp: date(d.timestamp, mailTimestamp),
        keyPart: "delivery",
        fields: { smtpResponse: d.smtpResponse, reportingMta: d.reportingMTA },
      };
    }
    case "delivery-delay": {
      const d = parse(deliveryDelaySchema);
      if (typeof d === "string") return { ok: false, detail: d };
      return {
        ok: true,
        recipients: d.delayedRecipients,
        timestamp: date(d.timestamp, mailTimestamp),
        keyPart: "delivery-delay",
        fields: { delayType: d.delayType },
      };
    }
    case "reject": {
      const r = parse(rejectSchema);
      if (typeof r === "string") return { ok: false, detail: r };
      return { ok: true, recipients: toDestination(), timestamp: mailTimestamp, keyPart: "reject", fields: { rejectReason: r.reason } };
    }
    default: {
      // Send, Open, Click, Rendering Failure, Subscription: the mail's recipients, at the event's time if it has one.
      const t = timedSchema.safeParse(body ?? {});
      return {
        ok: true,
        recipients: toDestination(),
        timestamp: date(t.success ? t.data.timestamp : undefined, mailTimestamp),
        keyPart: kind,
        fields: {},
      };
    }
  }
}

function issue(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join(".") || "payload"}: ${first.message}` : "invalid";
}
