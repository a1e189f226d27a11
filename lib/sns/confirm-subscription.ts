import "server-only";
import { ConfirmSubscriptionCommand } from "@aws-sdk/client-sns";
import { sns } from "../aws/clients";
import { describeAwsError } from "../aws/describe-aws-error";
import { decideConfirmation } from "./decide-confirmation";
import type { SnsSubscriptionConfirmation } from "./parse-sns-body";

export type ConfirmResult =
  { ok: true; subscriptionArn: string } | { ok: false; reason: "topic-not-allowed" | "aws-error"; detail: string };

/**
 * Confirms through the SNS API with the message's Token, in the TopicArn's region. The SubscribeURL is never
 * fetched: it is a URL chosen by whoever sent the message.
 */
export async function confirmSubscription(
  message: SnsSubscriptionConfirmation,
  allowedTopicArns: Iterable<string>,
): Promise<ConfirmResult> {
  const decision = decideConfirmation(message, allowedTopicArns);
  if (!decision.confirm) return { ok: false, reason: decision.reason, detail: decision.detail };
  try {
    const out = await sns(decision.region).send(
      // Unsubscribing then needs AWS credentials, not just the UnsubscribeURL every notification carries.
      new ConfirmSubscriptionCommand({ TopicArn: decision.topicArn, Token: decision.token, AuthenticateOnUnsubscribe: "true" }),
    );
    return { ok: true, subscriptionArn: out.SubscriptionArn ?? "" };
  } catch (e) {
    return { ok: false, reason: "aws-error", detail: describeAwsError(e, "sns:ConfirmSubscription") };
  }
}
