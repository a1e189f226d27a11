import type { Alert } from "./detect-alerts";
import { describeAlert } from "./describe-alert";

export type PayloadOptions = { dashboardUrl?: string; productName?: string };

/** Slack's mrkdwn treats &, < and > as control characters (api.slack.com/reference/surfaces/formatting#escaping). */
const slackEscape = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const when = (a: Alert) => `${new Date(a.at).toISOString().replace("T", " ").slice(0, 16)} UTC`;

export type WebhookPayload = { text: string; blocks: Array<Record<string, unknown>>; alert: Alert };

/**
 * A Slack-compatible incoming-webhook body: `text` for notifications and clients without blocks, Block Kit
 * blocks for the rest. The raw alert rides along for non-Slack receivers; Slack ignores unknown fields.
 */
export function buildWebhookPayload(a: Alert, opts: PayloadOptions = {}): WebhookPayload {
  const { title, detail, runbook } = describeAlert(a);
  const blocks: Array<Record<string, unknown>> = [
    { type: "header", text: { type: "plain_text", text: title.slice(0, 150), emoji: false } },
    { type: "section", text: { type: "mrkdwn", text: slackEscape(detail) } },
  ];
  if (runbook) {
    const steps = runbook.steps.map((s, i) => `${i + 1}. ${slackEscape(s)}`).join("\n");
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Runbook: ${slackEscape(runbook.title)}*\n${steps}` } });
  }
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: `${a.severity.toUpperCase()} · ${slackEscape(a.region)} · ${when(a)}` }],
  });
  if (opts.dashboardUrl) {
    blocks.push({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: "Open the dashboard" }, url: opts.dashboardUrl }],
    });
  }
  return { text: `[${a.severity.toUpperCase()}] ${title}: ${detail}`, blocks, alert: a };
}

export type EmailPayload = { subject: string; text: string };

export function buildEmailPayload(a: Alert, opts: PayloadOptions = {}): EmailPayload {
  const { title, detail, runbook } = describeAlert(a);
  const lines = [detail, "", `Severity: ${a.severity}`, `Region: ${a.region}`, `Time: ${when(a)}`];
  if (runbook) lines.push("", `Runbook: ${runbook.title}`, ...runbook.steps.map((s, i) => `${i + 1}. ${s}`));
  if (opts.dashboardUrl) lines.push("", `Dashboard: ${opts.dashboardUrl}`);
  // A subject is one header line: no CR or LF may reach it.
  const subject = `[${opts.productName ?? "SES Launchpad"}] ${a.severity.toUpperCase()}: ${title}`.replace(/[\r\n]+/g, " ");
  return { subject, text: `${lines.join("\n")}\n` };
}
