import "server-only";
import { CreateTopicCommand } from "@aws-sdk/client-sns";
import { sns } from "./clients";

export const ALERT_TOPIC_NAME = "ses-launchpad-alerts";

/** The SNS topic the dashboard's CloudWatch alarms notify; CreateTopic returns the existing one when it already exists. */
export async function ensureAlertTopic(region: string): Promise<string> {
  const out = await sns(region).send(new CreateTopicCommand({ Name: ALERT_TOPIC_NAME }));
  if (!out.TopicArn) throw new Error("SNS CreateTopic returned no TopicArn");
  return out.TopicArn;
}
