import "server-only";
import { GetIdentityNotificationAttributesCommand } from "@aws-sdk/client-ses";
import {
  GetConfigurationSetEventDestinationsCommand,
  ListConfigurationSetsCommand,
  type ListConfigurationSetsCommandOutput,
} from "@aws-sdk/client-sesv2";
import { ListSubscriptionsByTopicCommand, type ListSubscriptionsByTopicCommandOutput } from "@aws-sdk/client-sns";
import type { ConfigurationSetFacts, NotificationTopics, SubscriptionFacts } from "../readiness/types";
import { mapLimit } from "../util/map-limit";
import { sesv1, sesv2, sns } from "./clients";

/** SES v1 identity notification topics (the guide's `set-identity-notification-topic`), 100 identities per call. */
export async function getNotificationTopics(region: string, identities: string[]): Promise<Record<string, NotificationTopics>> {
  const out: Record<string, NotificationTopics> = {};
  for (let i = 0; i < identities.length; i += 100) {
    const res = await sesv1(region).send(new GetIdentityNotificationAttributesCommand({ Identities: identities.slice(i, i + 100) }));
    for (const [name, a] of Object.entries(res.NotificationAttributes ?? {})) {
      out[name] = {
        bounceTopic: a.BounceTopic || undefined,
        complaintTopic: a.ComplaintTopic || undefined,
        forwardingEnabled: a.ForwardingEnabled !== false,
      };
    }
  }
  return out;
}

export async function listConfigurationSets(region: string): Promise<ConfigurationSetFacts[]> {
  const names: string[] = [];
  let token: string | undefined;
  do {
    const page: ListConfigurationSetsCommandOutput = await sesv2(region).send(
      new ListConfigurationSetsCommand({ NextToken: token, PageSize: 1000 }),
    );
    names.push(...(page.ConfigurationSets ?? []));
    token = page.NextToken;
  } while (token);
  return mapLimit(names, 5, async (name) => {
    const res = await sesv2(region).send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: name }));
    return {
      name,
      destinations: (res.EventDestinations ?? []).map((d) => ({
        name: d.Name ?? "",
        enabled: d.Enabled === true,
        types: d.MatchingEventTypes ?? [],
        snsTopicArn: d.SnsDestination?.TopicArn,
      })),
    };
  });
}

/** "PendingConfirmation" is what SNS lists in place of the ARN until the endpoint confirms. */
export async function listSubscriptions(topicArn: string): Promise<SubscriptionFacts[]> {
  const region = topicArn.split(":")[3] ?? "us-east-1";
  const out: SubscriptionFacts[] = [];
  let token: string | undefined;
  do {
    const page: ListSubscriptionsByTopicCommandOutput = await sns(region).send(
      new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }),
    );
    for (const s of page.Subscriptions ?? []) {
      out.push({
        protocol: s.Protocol ?? "",
        endpoint: s.Endpoint ?? "",
        confirmed: Boolean(s.SubscriptionArn && s.SubscriptionArn.startsWith("arn:")),
      });
    }
    token = page.NextToken;
  } while (token);
  return out;
}
