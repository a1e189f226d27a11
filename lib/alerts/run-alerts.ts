import "server-only";
import { db } from "../db/client";
import { readPipelineHealthIn } from "../bounces/read-pipeline-health";
import { env } from "../env";
import { readCurrentReputation } from "../reputation/current-reputation";
import { getFromAddress } from "../settings/from-address";
import { buildEmailPayload, buildWebhookPayload } from "./alert-payloads";
import { getAlertSettings } from "./alert-channels";
import { alertPath, describeAlert } from "./describe-alert";
import { detectAlerts, type Alert, type AlertState, type RegionReading } from "./detect-alerts";
import { sendEmailAlert } from "./send-email-alert";
import { sendWebhookAlert } from "./send-webhook-alert";
import { currentAccountId } from "../accounts/account-context";

export type Delivery = { channel: "webhook" | "email"; ok: boolean; detail: string; at: string };
export type RunAlertsResult = {
  region: string;
  reading: RegionReading;
  alerts: Array<{ id: string; alert: Alert; deliveries: Delivery[] }>;
  state: AlertState;
};

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";

/** What the newest snapshot and samples say about a region, as detectAlerts reads it. */
async function readRegion(region: string, now: Date, minVolume?: number): Promise<RegionReading> {
  const [snapshot, rep, pipeline] = await Promise.all([
    db().accountSnapshot.findFirst({
      where: { region, ok: true, takenAt: { lte: now } },
      orderBy: { takenAt: "desc" },
      select: { takenAt: true, sendingEnabled: true, enforcementStatus: true, reviewStatus: true },
    }),
    readCurrentReputation(region, now, minVolume),
    readPipelineHealthIn(region, now),
  ]);
  // The reading is dated by its data, not by the clock: two collectors on the same data build the same alert keys.
  const at = Math.max(snapshot?.takenAt.getTime() ?? 0, rep.bounce.at ?? 0, rep.complaint.at ?? 0) || now.getTime();
  return {
    region,
    at,
    bounce: { value: rep.bounce.value, status: rep.bounce.status },
    complaint: { value: rep.complaint.value, status: rep.complaint.status },
    sendingEnabled: snapshot?.sendingEnabled ?? null,
    enforcementStatus: snapshot?.enforcementStatus ?? null,
    reviewStatus: snapshot?.reviewStatus ?? null,
    pipeline: {
      status: pipeline.status,
      sends: pipeline.sends,
      silenceHours: pipeline.silenceHours,
      lastProcessedAt: pipeline.lastProcessedAt,
    },
  };
}

async function deliver(region: string, alert: Alert, opts: { webhookTimeoutMs?: number }): Promise<Delivery[]> {
  const settings = await getAlertSettings();
  const dashboardUrl = env().APP_URL ? new URL(alertPath(alert), env().APP_URL).toString() : undefined;
  const out: Delivery[] = [];
  const attempt = async (channel: Delivery["channel"], send: () => Promise<string>) => {
    try {
      out.push({ channel, ok: true, detail: await send(), at: new Date().toISOString() });
    } catch (e) {
      out.push({ channel, ok: false, detail: e instanceof Error ? e.message : String(e), at: new Date().toISOString() });
    }
  };
  if (settings.webhookUrl) {
    const url = settings.webhookUrl;
    await attempt(
      "webhook",
      async () =>
        `HTTP ${(await sendWebhookAlert(url, buildWebhookPayload(alert, { dashboardUrl }), { timeoutMs: opts.webhookTimeoutMs })).status}`,
    );
  }
  if (settings.emails.length > 0) {
    await attempt("email", async () => {
      const from = await getFromAddress();
      if (!from) throw new Error("No From address is configured (AWS_SES_FROM_EMAIL or the From setting).");
      const sent = await sendEmailAlert(region, from, settings.emails, buildEmailPayload(alert, { dashboardUrl }));
      return `sent to ${settings.emails.length} address(es), message ${sent.messageIds.join(", ")}`;
    });
  }
  return out;
}

/**
 * Compares the region's newest reading with the state of the last run and, for each change, stores one alert
 * (its key is unique, so a re-run or a second instance stores nothing new) and notifies the configured
 * channels, recording each channel's outcome. A channel that fails is recorded, not retried.
 */
export async function runAlerts(
  region: string,
  now: Date = new Date(),
  opts: {
    minVolume?: number;
    webhookTimeoutMs?: number;
    /** Alerts found elsewhere in the collection, e.g. domain status changes. */ extra?: Alert[];
  } = {},
): Promise<RunAlertsResult> {
  const reading = await readRegion(region, now, opts.minVolume);
  const account = await currentAccountId();
  const saved = await db().monitorState.findUnique({ where: { account_region: { account, region } } });
  const previous = saved ? (JSON.parse(saved.state) as AlertState) : null;
  const detected = detectAlerts(previous, reading);
  const { state } = detected;
  const alerts = [...detected.alerts, ...(opts.extra ?? [])];
  const stored: RunAlertsResult["alerts"] = [];
  for (const alert of alerts) {
    const text = describeAlert(alert);
    let id: string;
    try {
      id = (
        await db().alert.create({
          data: {
            key: alert.key,
            region,
            kind: alert.kind,
            severity: alert.severity,
            title: text.title,
            message: text.detail,
            payload: JSON.stringify(alert),
            createdAt: now,
          },
          select: { id: true },
        })
      ).id;
    } catch (e) {
      if (isUniqueViolation(e)) continue;
      throw e;
    }
    const deliveries = await deliver(region, alert, opts);
    await db().alert.update({ where: { id }, data: { deliveries: JSON.stringify(deliveries) } });
    stored.push({ id, alert, deliveries });
  }
  const json = JSON.stringify(state);
  await db().monitorState.upsert({
    where: { account_region: { account, region } },
    create: { region, state: json },
    update: { state: json },
  });
  return { region, reading, alerts: stored, state };
}
