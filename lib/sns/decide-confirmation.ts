import type { SnsSubscriptionConfirmation } from "./parse-sns-body";
import { isTopicAllowed, parseTopicArn } from "./parse-topic-arn";

export type ConfirmationDecision =
  { confirm: true; region: string; topicArn: string; token: string } | { confirm: false; reason: "topic-not-allowed"; detail: string };

/** Only topics the dashboard created or an admin allowed are confirmed; anyone can subscribe a URL to their own topic. */
export function decideConfirmation(message: SnsSubscriptionConfirmation, allowedTopicArns: Iterable<string>): ConfirmationDecision {
  const arn = parseTopicArn(message.TopicArn);
  if (!arn) return { confirm: false, reason: "topic-not-allowed", detail: `TopicArn ${message.TopicArn} is not an SNS topic ARN` };
  if (!isTopicAllowed(message.TopicArn, allowedTopicArns)) {
    return {
      confirm: false,
      reason: "topic-not-allowed",
      detail: `subscription to ${message.TopicArn} not confirmed: the topic is not on the allow-list`,
    };
  }
  return { confirm: true, region: arn.region, topicArn: message.TopicArn, token: message.Token };
}
