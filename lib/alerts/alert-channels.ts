import "server-only";
import { readJsonSetting, writeJsonSetting } from "../reputation/json-setting";
import type { AlertSettings } from "../validation/alert-settings";

export const ALERT_SETTINGS_KEY = "alerts.channels";

export const NO_ALERT_SETTINGS: AlertSettings = { webhookUrl: null, emails: [], alarmTopicArn: null };

/** Where alerts go (webhook, e-mail list) and which SNS topic the CloudWatch alarms notify; nothing configured by default. */
export async function getAlertSettings(): Promise<AlertSettings> {
  const saved = await readJsonSetting<Partial<AlertSettings>>(ALERT_SETTINGS_KEY);
  return { ...NO_ALERT_SETTINGS, ...saved, emails: Array.isArray(saved?.emails) ? saved.emails : [] };
}

export async function saveAlertSettings(s: AlertSettings): Promise<void> {
  await writeJsonSetting(ALERT_SETTINGS_KEY, s);
}
