import "server-only";
import { getAlertSettings } from "../alerts/alert-channels";
import { checkAlarms, putRecommendedAlarms, type AlarmCheck } from "../aws/alarms";
import { ensureAlertTopic } from "../aws/alert-topic";
import { describeAwsError } from "../aws/describe-aws-error";
import { readJsonSetting, writeJsonSetting } from "./json-setting";

/** The last DescribeAlarms verdict for a region, stored so the page never waits on CloudWatch. */
export type StoredAlarmStatus = { checkedAt: string; actionArn: string | null; checks: AlarmCheck[] | null; error: string | null };

const statusKey = (region: string) => `reputation.alarms.${region}`;
const actionKey = (region: string) => `reputation.alarm-action.${region}`;

export const readAlarmStatus = (region: string) => readJsonSetting<StoredAlarmStatus>(statusKey(region));

/** The topic the alarms must notify: the configured ARN when it is in this region, else the one last used to repair them. */
async function expectedAction(region: string): Promise<string | null> {
  const configured = (await getAlertSettings()).alarmTopicArn;
  if (configured && configured.split(":")[3] === region) return configured;
  return (await readJsonSetting<string>(actionKey(region))) ?? null;
}

/** DescribeAlarms now; a failure is stored as such (the previous checks stay visible beside it). */
export async function refreshAlarmStatus(region: string, now = new Date()): Promise<StoredAlarmStatus> {
  const actionArn = await expectedAction(region);
  let status: StoredAlarmStatus;
  try {
    status = { checkedAt: now.toISOString(), actionArn, checks: await checkAlarms(region, actionArn ?? undefined), error: null };
  } catch (e) {
    const previous = await readAlarmStatus(region);
    status = {
      checkedAt: now.toISOString(),
      actionArn,
      checks: previous?.checks ?? null,
      error: describeAwsError(e, "cloudwatch:DescribeAlarms"),
    };
  }
  await writeJsonSetting(statusKey(region), status);
  return status;
}

/** Creates or repairs the four alarms with the configured topic, or the dashboard's own (CreateTopic is idempotent), then checks them. */
export async function repairAlarms(region: string): Promise<{ names: string[]; actionArn: string; status: StoredAlarmStatus }> {
  const configured = (await getAlertSettings()).alarmTopicArn;
  const actionArn = configured && configured.split(":")[3] === region ? configured : await ensureAlertTopic(region);
  const names = await putRecommendedAlarms(region, actionArn);
  await writeJsonSetting(actionKey(region), actionArn);
  return { names, actionArn, status: await refreshAlarmStatus(region) };
}
