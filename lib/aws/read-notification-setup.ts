import "server-only";
import { GetIdentityNotificationAttributesCommand } from "@aws-sdk/client-ses";
import { GetConfigurationSetEventDestinationsCommand, GetEmailIdentityCommand } from "@aws-sdk/client-sesv2";
import { ListTopicsCommand, type ListTopicsCommandOutput } from "@aws-sdk/client-sns";
import { db } from "../db/client";
import { sesv1, sesv2, sns } from "./clients";
import { describeAwsError } from "./describe-aws-error";
import { listSubscriptions } from "./notification-settings";
import {
  CONFIGURATION_SET_NAME,
  EVENT_DESTINATIONS,
  summarize,
  TOPIC_NAMES,
  type NotificationSetupState,
  type SetupMode,
  type SetupPiece,
} from "./notification-setup-state";

export async function findTopics(region: string): Promise<{ bounce?: string; complaint?: string }> {
  const arns: string[] = [];
  let token: string | undefined;
  do {
    const page: ListTopicsCommandOutput = await sns(region).send(new ListTopicsCommand({ NextToken: token }));
    arns.push(...(page.Topics ?? []).map((t) => t.TopicArn ?? ""));
    token = page.NextToken;
  } while (token);
  const find = (name: string) => arns.find((a) => a.endsWith(`:${name}`));
  return { bounce: find(TOPIC_NAMES.bounce), complaint: find(TOPIC_NAMES.complaint) };
}

const piece = (id: string, label: string, ok: boolean, detail: string, optional?: boolean): SetupPiece => ({
  id,
  label,
  ok,
  detail,
  ...(optional ? { optional } : {}),
});

/** Each piece of the handling as AWS and the allow-list say it is now; an unreadable piece is shown as not in place. */
export async function readNotificationSetup(
  region: string,
  identity: string,
  endpoint: string,
  adminEmail?: string,
): Promise<NotificationSetupState> {
  const topics = await findTopics(region);
  const pieces: SetupPiece[] = [];
  for (const kind of ["bounce", "complaint"] as const) {
    const arn = topics[kind];
    pieces.push(piece(`topic:${kind}`, `SNS topic for ${kind}s`, Boolean(arn), arn ?? `no topic named ${TOPIC_NAMES[kind]} in ${region}`));
  }
  const present = [topics.bounce, topics.complaint].filter((a): a is string => Boolean(a));
  const allowed = new Set((await db().allowedTopic.findMany({ where: { topicArn: { in: present } } })).map((t) => t.topicArn));
  pieces.push(
    piece(
      "allowed",
      "Topics on the webhook's allow-list",
      present.length === 2 && present.every((a) => allowed.has(a)),
      present.length ? present.map((a) => `${a}: ${allowed.has(a) ? "allowed" : "not allowed"}`).join("; ") : "no topics yet",
    ),
  );

  const routes: SetupMode[] = [];
  const v1 = await identityTopicsPiece(region, identity, topics);
  const v2 = await configurationSetPiece(region, identity, topics);
  if (v1.ok) routes.push("identity-topics");
  if (v2.ok) routes.push("configuration-set");
  pieces.push(v1, v2);

  for (const kind of ["bounce", "complaint"] as const) {
    const arn = topics[kind];
    const subs = arn ? await listSubscriptions(arn).catch(() => []) : [];
    const mine = subs.find((s) => s.endpoint === endpoint);
    pieces.push(
      piece(
        `subscription:${kind}`,
        `Dashboard subscribed to the ${kind} topic`,
        mine?.confirmed === true,
        mine ? `${endpoint}: ${mine.confirmed ? "confirmed" : "pending confirmation"}` : `${endpoint} is not subscribed`,
      ),
    );
    const emails = subs.filter((s) => s.protocol === "email" && (!adminEmail || s.endpoint.toLowerCase() === adminEmail.toLowerCase()));
    if (emails.length || adminEmail) {
      pieces.push(
        piece(
          `email:${kind}`,
          `E-mail copy of ${kind}s`,
          emails.some((e) => e.confirmed),
          emails.length
            ? emails.map((e) => `${e.endpoint}: ${e.confirmed ? "confirmed" : "waiting for the recipient to click the link"}`).join("; ")
            : `${adminEmail} is not subscribed`,
          true,
        ),
      );
    }
  }
  return { region, identity, endpoint, topics, routes, pieces, complete: summarize(pieces) };
}

async function identityTopicsPiece(region: string, identity: string, topics: { bounce?: string; complaint?: string }): Promise<SetupPiece> {
  const label = "Identity notification topics (SES v1)";
  try {
    const res = await sesv1(region).send(new GetIdentityNotificationAttributesCommand({ Identities: [identity] }));
    const a = res.NotificationAttributes?.[identity];
    const ok = Boolean(topics.bounce && topics.complaint && a?.BounceTopic === topics.bounce && a?.ComplaintTopic === topics.complaint);
    return piece("route:identity-topics", label, ok, `Bounce → ${a?.BounceTopic || "none"}; Complaint → ${a?.ComplaintTopic || "none"}`);
  } catch (e) {
    return piece("route:identity-topics", label, false, describeAwsError(e, "ses:GetIdentityNotificationAttributes"));
  }
}

async function configurationSetPiece(
  region: string,
  identity: string,
  topics: { bounce?: string; complaint?: string },
): Promise<SetupPiece> {
  const label = `Configuration set ${CONFIGURATION_SET_NAME} as the identity's default (SES v2)`;
  try {
    const id = await sesv2(region).send(new GetEmailIdentityCommand({ EmailIdentity: identity }));
    const isDefault = id.ConfigurationSetName === CONFIGURATION_SET_NAME;
    const dests = await sesv2(region)
      .send(new GetConfigurationSetEventDestinationsCommand({ ConfigurationSetName: CONFIGURATION_SET_NAME }))
      .then((r) => r.EventDestinations ?? [])
      .catch((e: { name?: string }) => {
        if (e.name === "NotFoundException") return undefined;
        throw e;
      });
    const missing = EVENT_DESTINATIONS.filter((want) => {
      const d = dests?.find((x) => x.Name === want.name);
      return !(
        d?.Enabled &&
        d.SnsDestination?.TopicArn === topics[want.topic] &&
        want.types.every((t) => d.MatchingEventTypes?.includes(t))
      );
    });
    const ok = Boolean(topics.bounce && topics.complaint) && isDefault && dests !== undefined && missing.length === 0;
    const detail = !dests
      ? `no configuration set ${CONFIGURATION_SET_NAME}`
      : `${isDefault ? "default of the identity" : `the identity's default is ${id.ConfigurationSetName ?? "none"}`}; ${missing.length ? `destinations missing or changed: ${missing.map((m) => m.name).join(", ")}` : "BOUNCE, COMPLAINT, DELIVERY and REJECT go to the topics"}`;
    return piece("route:configuration-set", label, ok, detail);
  } catch (e) {
    return piece("route:configuration-set", label, false, describeAwsError(e, "sesv2:GetEmailIdentity"));
  }
}
