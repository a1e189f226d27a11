import { couldNotCheck, seen } from "../check-builder";
import { notificationRoutes } from "../notification-routes";
import { primaryDomain } from "../primary-domain";
import type { Check, GatheredState } from "../types";

const setupFix = (s: GatheredState, domain: string) => ({
  steps: [
    `SNS console (${s.region}) → Topics → Create topic → Standard, named ses-bounces; again for ses-complaints.`,
    `SES console → Identities → ${domain} → Notifications → Edit → choose ses-bounces for Bounce feedback and ses-complaints for Complaint feedback.`,
    "Subscribe an endpoint to each topic (the dashboard's webhook, or an email address) and confirm the subscription.",
  ],
  cli: [
    `aws sns create-topic --name ses-bounces --region ${s.region}`,
    `aws ses set-identity-notification-topic --identity ${domain} --notification-type Bounce --sns-topic arn:aws:sns:${s.region}:ACCOUNT_ID:ses-bounces --region ${s.region}`,
  ].join("\n"),
  action: "setup-notifications" as const,
});

export function routedCheck(s: GatheredState): Check {
  const domain = primaryDomain(s) ?? "your-domain.com";
  const base = {
    id: "notifications.routed",
    group: "notifications" as const,
    title: "Bounces and complaints are routed to SNS",
    why: "AWS asks how you handle bounces and complaints before granting production access. Without notifications, bad addresses keep receiving mail and the bounce rate climbs towards the levels at which AWS reviews or pauses the account.",
    fix: setupFix(s, domain),
    weight: 3,
  };
  const expected = `Bounce and Complaint of ${domain} to SNS topics (identity notification topics, or its default configuration set's BOUNCE and COMPLAINT destinations)`;
  if (!primaryDomain(s)) return { ...base, status: "todo", summary: "No domain identity to route notifications for.", evidence: [] };
  for (const src of [s.identities, s.notificationTopics, s.configurationSets]) if (!src.ok) return couldNotCheck(base, src, expected);
  const routes = notificationRoutes(s, domain);
  const all = [...routes.bounce, ...routes.complaint];
  const observed = all.length
    ? [...new Set(all.map((r) => r.detail))].join("; ")
    : "no bounce or complaint topic, no configuration set destination";
  const evidence = [seen(s.notificationTopics, observed, expected)];
  if (routes.bounce.length && routes.complaint.length)
    return { ...base, status: "done", summary: `Bounces and complaints of ${domain} reach SNS.`, evidence };
  if (all.length) {
    const missing = routes.bounce.length ? "complaints" : "bounces";
    return { ...base, status: "warning", summary: `Only half routed: ${missing} of ${domain} do not reach SNS.`, evidence };
  }
  return { ...base, status: "todo", summary: `Bounces and complaints of ${domain} are not routed to SNS.`, evidence };
}

export function subscriptionCheck(s: GatheredState): Check {
  const domain = primaryDomain(s) ?? "your-domain.com";
  const base = {
    id: "notifications.subscribed",
    group: "notifications" as const,
    title: "Each notification topic has a confirmed subscription",
    why: "A topic without a confirmed subscriber drops every notification: SES reports success while nobody hears about the bounce.",
    fix: setupFix(s, domain),
    weight: 2,
  };
  const expected = "at least one confirmed subscription on every bounce and complaint topic";
  for (const src of [s.identities, s.notificationTopics, s.configurationSets]) if (!src.ok) return couldNotCheck(base, src, expected);
  if (!s.subscriptions.ok) return couldNotCheck(base, s.subscriptions, expected);
  const routes = notificationRoutes(s, domain);
  const topics = [...new Set([...routes.bounce, ...routes.complaint].map((r) => r.topicArn))];
  if (!topics.length) return { ...base, status: "todo", summary: "No notification topic yet.", evidence: [] };
  const subs = s.subscriptions.value;
  const lines = topics.map((t) => {
    const list = subs[t] ?? [];
    const confirmed = list.filter((x) => x.confirmed);
    return { topic: t, confirmed: confirmed.length, pending: list.length - confirmed.length };
  });
  const observed = lines.map((l) => `${l.topic}: ${l.confirmed} confirmed, ${l.pending} pending`).join("; ");
  const evidence = [seen(s.subscriptions, observed, expected)];
  const unconfirmed = lines.filter((l) => l.confirmed === 0);
  if (!unconfirmed.length) return { ...base, status: "done", summary: "Every notification topic has a confirmed subscriber.", evidence };
  const pending = unconfirmed.some((l) => l.pending > 0);
  return {
    ...base,
    status: pending ? "warning" : "todo",
    summary: pending
      ? "A subscription is waiting for confirmation (check the inbox or the endpoint)."
      : `${unconfirmed.length} topic(s) have no subscriber.`,
    evidence,
  };
}
