import "server-only";
import { SetIdentityNotificationTopicCommand } from "@aws-sdk/client-ses";
import {
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  GetConfigurationSetEventDestinationsCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  UpdateConfigurationSetEventDestinationCommand,
  type EventType,
} from "@aws-sdk/client-sesv2";
import { CreateTopicCommand, SubscribeCommand } from "@aws-sdk/client-sns";
import { forgetAllowedTopics } from "../bounces/allowed-topics";
import { db } from "../db/client";
import { isUniqueViolation } from "../bounces/unique-violation";
import { sesv1, sesv2, sns } from "./clients";
import { listSubscriptions } from "./notification-settings";
import {
  CONFIGURATION_SET_NAME,
  EVENT_DESTINATIONS,
  TOPIC_NAMES,
  type NotificationSetupState,
  type SetupMode,
} from "./notification-setup-state";
import { readNotificationSetup } from "./read-notification-setup";

export type SetupOptions = {
  region: string;
  /** A domain (or address) identity of the region. */
  identity: string;
  mode: SetupMode;
  /** Where SNS posts: webhookEndpoint(). */
  endpoint: string;
  adminEmail?: string;
  actor?: string;
  /** How long to wait for the webhook to confirm the subscriptions before reading the state back. */
  waitMs?: number;
};

/**
 * One-click set-up, safe to run again: every step creates what is missing and leaves what is right, so a second run
 * repairs drift. The webhook confirms the subscriptions itself (the topics are allowed first), through
 * ConfirmSubscription; this function only waits for that and reads everything back.
 */
export async function setUpNotifications(o: SetupOptions): Promise<NotificationSetupState> {
  const topics = { bounce: await ensureTopic(o.region, TOPIC_NAMES.bounce), complaint: await ensureTopic(o.region, TOPIC_NAMES.complaint) };
  for (const [purpose, topicArn] of Object.entries(topics)) await allowTopic(topicArn, o.region, purpose, o.actor);
  forgetAllowedTopics();

  if (o.mode === "identity-topics") {
    for (const [type, arn] of [
      ["Bounce", topics.bounce],
      ["Complaint", topics.complaint],
    ] as const) {
      await sesv1(o.region).send(new SetIdentityNotificationTopicCommand({ Identity: o.identity, NotificationType: type, SnsTopic: arn }));
    }
  } else {
    await ensureConfigurationSet(o.region, topics);
    await sesv2(o.region).send(
      new PutEmailIdentityConfigurationSetAttributesCommand({ EmailIdentity: o.identity, ConfigurationSetName: CONFIGURATION_SET_NAME }),
    );
  }

  const protocol = o.endpoint.startsWith("https:") ? "https" : "http";
  for (const arn of Object.values(topics)) {
    const subs = await listSubscriptions(arn);
    // Subscribing again while pending makes SNS send the confirmation again: that is the repair for a lost one.
    if (!subs.some((s) => s.endpoint === o.endpoint && s.confirmed))
      await sns(o.region).send(new SubscribeCommand({ TopicArn: arn, Protocol: protocol, Endpoint: o.endpoint }));
    if (o.adminEmail && !subs.some((s) => s.protocol === "email" && s.endpoint.toLowerCase() === o.adminEmail!.toLowerCase())) {
      await sns(o.region).send(new SubscribeCommand({ TopicArn: arn, Protocol: "email", Endpoint: o.adminEmail }));
    }
  }

  const deadline = Date.now() + (o.waitMs ?? 10_000);
  for (;;) {
    const state = await readNotificationSetup(o.region, o.identity, o.endpoint, o.adminEmail);
    const waiting = state.pieces.some((p) => p.id.startsWith("subscription:") && !p.ok);
    if (!waiting || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function ensureTopic(region: string, name: string): Promise<string> {
  // CreateTopic is idempotent by name: it returns the existing topic.
  const out = await sns(region).send(new CreateTopicCommand({ Name: name }));
  if (!out.TopicArn) throw new Error("SNS CreateTopic returned no TopicArn");
  return out.TopicArn;
}

async function allowTopic(topicArn: string, region: string, purpose: string, createdBy?: string) {
  try {
    await db().allowedTopic.create({ data: { topicArn, region, purpose, createdBy } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
}

async function ensureConfigurationSet(region: string, topics: { bounce: string; complaint: string }) {
  await sesv2(region)
    .send(new CreateConfigurationSetCommand({ ConfigurationSetName: CONFIGURATION_SET_NAME }))
    .catch((e: { name?: string }) => {
      if (e.name !== "AlreadyExistsException") throw e;
    });
  const existing =
    (await sesv2(region).send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: CONFIGURATION_SET_NAME })))
      .EventDestinations ?? [];
  for (const d of EVENT_DESTINATIONS) {
    const EventDestination = {
      Enabled: true,
      MatchingEventTypes: [...d.types] as EventType[],
      SnsDestination: { TopicArn: topics[d.topic] },
    };
    const Command = existing.some((x) => x.Name === d.name)
      ? UpdateConfigurationSetEventDestinationCommand
      : CreateConfigurationSetEventDestinationCommand;
    await sesv2(region).send(new Command({ ConfigurationSetName: CONFIGURATION_SET_NAME, EventDestinationName: d.name, EventDestination }));
  }
}
