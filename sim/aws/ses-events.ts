import { eventBody, notificationPayload, recipientEvents, type MailInfo } from "./mailbox-simulator";
import { publish } from "./sns";
import { type ConfigurationSet, type Identity, type NotificationType, type RegionState, type SimStore } from "./state";

export type AcceptedMessage = {
  messageId: string;
  from: string;
  fromRaw: string;
  recipients: string[];
  identity: Identity | undefined;
  configSet: ConfigurationSet | undefined;
  subject: string | undefined;
  emailTags: Array<Record<string, unknown>>;
  now: number;
};

function count(rs: RegionState, metric: string, t: number, v: number): void {
  if (v === 0) return;
  const list = rs.metrics.get(metric) ?? [];
  list.push({ t, v });
  rs.metrics.set(metric, list);
}

/**
 * After SES accepts a message: count it into AWS/SES metrics and publish the outcome per recipient
 * to identity notification topics and configuration-set SNS destinations, shortly after, like SES.
 */
export function deliverSesEvents(store: SimStore, rs: RegionState, m: AcceptedMessage): void {
  const identityName = m.identity?.name ?? m.from.split("@")[1] ?? m.from;
  const mail: MailInfo = {
    timestamp: new Date(m.now).toISOString(),
    messageId: m.messageId,
    source: m.fromRaw,
    sourceArn: `arn:aws:ses:${rs.region}:${rs.accountId}:identity/${identityName}`,
    sourceIp: "127.0.0.1",
    sendingAccountId: rs.accountId,
    callerIdentity: "simulated-user",
    destination: m.recipients,
    commonHeaders: {
      from: [m.fromRaw],
      to: m.recipients,
      messageId: m.messageId,
      ...(m.subject !== undefined ? { subject: m.subject } : {}),
    },
  };
  const eventMail: MailInfo = {
    ...mail,
    tags: {
      ...(m.configSet ? { "ses:configuration-set": [m.configSet.name] } : {}),
      "ses:source-ip": [mail.sourceIp],
      "ses:from-domain": [m.from.split("@")[1] ?? ""],
      "ses:caller-identity": [mail.callerIdentity],
      ...Object.fromEntries(m.emailTags.map((t) => [String(t.Name ?? ""), [String(t.Value ?? "")]])),
    },
  };

  count(rs, "Send", m.now, m.recipients.length);
  const outbox: Array<{ topic: string; message: string }> = [];
  const destinations = (m.configSet?.destinations ?? []).filter((d) => d.Enabled !== false);
  const toDestinations = (eventType: string, type: "Bounce" | "Complaint" | "Delivery" | "Send", body: Record<string, unknown>) => {
    for (const d of destinations) {
      const topic = (d.SnsDestination as { TopicArn?: unknown } | undefined)?.TopicArn;
      const types = Array.isArray(d.MatchingEventTypes) ? d.MatchingEventTypes : [];
      if (typeof topic === "string" && types.includes(eventType))
        outbox.push({ topic, message: notificationPayload("event", type, body, eventMail) });
    }
  };
  toDestinations("SEND", "Send", {});

  for (const r of m.recipients) {
    for (const ev of recipientEvents(r)) {
      const at = new Date(m.now + 1000);
      const { type, body } = eventBody(ev, r, at);
      count(rs, type, m.now, 1);
      const topic = m.identity?.topics[type as NotificationType];
      if (topic) outbox.push({ topic, message: notificationPayload("notification", type, body, mail) });
      toDestinations(type.toUpperCase(), type, body);
    }
  }

  if (outbox.length === 0) return;
  setTimeout(() => {
    for (const { topic, message } of outbox) {
      // A topic deleted or never created just drops the event, as SES does when it cannot publish.
      if (rs.topics.has(topic)) publish(store, rs, topic, message);
    }
  }, 20).unref();
}
