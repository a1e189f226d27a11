import http from "node:http";
import https from "node:https";
import { randomBytes, randomUUID } from "node:crypto";
import type { RequestContext } from "./context";
import { SimError } from "./protocol-json";
import { entryMap, parseForm, sendQueryResult, XmlMap, type QueryParams, type XmlValue } from "./protocol-query";
import { sharedSnsSigner } from "./sns-signing";
import { type RegionState, type SimStore, type Subscription, type Topic } from "./state";

export const SNS_XMLNS = "http://sns.amazonaws.com/doc/2010-03-31/";

const required = (p: QueryParams, name: string): string => {
  const v = p.get(name);
  if (v === undefined || v === "") throw new SimError("InvalidParameter", `Invalid parameter: ${name}`);
  return v;
};

function topicOf(rs: RegionState, arn: string): Topic {
  const t = rs.topics.get(arn);
  if (!t) throw new SimError("NotFound", "Topic does not exist", 404);
  return t;
}

const isHttp = (protocol: string) => protocol === "http" || protocol === "https";

export function handleSns(ctx: RequestContext, params: QueryParams): void {
  const { rs, region, store } = ctx;
  const action = params.get("Action") ?? "";
  const reply = (result: XmlValue | null) => sendQueryResult(ctx.res, action, SNS_XMLNS, result, ctx.requestId);
  switch (action) {
    case "CreateTopic": {
      const name = required(params, "Name");
      if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) throw new SimError("InvalidParameter", "Invalid parameter: Topic Name");
      const arn = `arn:aws:sns:${region}:${rs.accountId}:${name}`;
      if (!rs.topics.has(arn)) {
        const attributes = new Map([["SignatureVersion", "1"], ...entryMap(params, "Attributes")]);
        rs.topics.set(arn, { arn, name, attributes, subscriptions: [] });
      }
      return reply({ TopicArn: arn });
    }
    case "ListTopics":
      return reply({ Topics: [...rs.topics.keys()].map((TopicArn) => ({ TopicArn })) });
    case "DeleteTopic":
      rs.topics.delete(required(params, "TopicArn"));
      return reply(null);
    case "GetTopicAttributes": {
      const t = topicOf(rs, required(params, "TopicArn"));
      const attrs = new Map([
        ["TopicArn", t.arn],
        ["Owner", rs.accountId],
        ["SubscriptionsConfirmed", String(t.subscriptions.filter((s) => s.confirmed).length)],
        ["SubscriptionsPending", String(t.subscriptions.filter((s) => !s.confirmed).length)],
        ...t.attributes,
      ]);
      return reply({ Attributes: mapXml(attrs) });
    }
    case "SetTopicAttributes": {
      const t = topicOf(rs, required(params, "TopicArn"));
      t.attributes.set(required(params, "AttributeName"), params.get("AttributeValue") ?? "");
      return reply(null);
    }
    case "Subscribe": {
      const t = topicOf(rs, required(params, "TopicArn"));
      const protocol = required(params, "Protocol");
      const endpoint = params.get("Endpoint") ?? "";
      if (isHttp(protocol) && !endpoint.startsWith(`${protocol}://`))
        throw new SimError("InvalidParameter", "Invalid parameter: Endpoint must match the specified protocol");
      const existing = t.subscriptions.find((s) => s.protocol === protocol && s.endpoint === endpoint);
      const sub: Subscription = existing ?? {
        arn: `${t.arn}:${randomUUID()}`,
        topicArn: t.arn,
        protocol,
        endpoint,
        token: randomBytes(32).toString("hex"),
        // Only endpoints that can prove ownership need confirming; sqs/lambda are trusted within the account.
        confirmed: !(isHttp(protocol) || protocol === "email" || protocol === "email-json"),
      };
      if (!existing) t.subscriptions.push(sub);
      if (!sub.confirmed && isHttp(protocol)) void sendConfirmation(store, t, sub);
      const returnArn = params.get("ReturnSubscriptionArn") === "true";
      return reply({ SubscriptionArn: sub.confirmed || returnArn ? sub.arn : "pending confirmation" });
    }
    case "ConfirmSubscription": {
      const arn = confirmSubscription(rs, required(params, "TopicArn"), required(params, "Token"));
      return reply({ SubscriptionArn: arn });
    }
    case "Unsubscribe": {
      const arn = required(params, "SubscriptionArn");
      for (const t of rs.topics.values()) t.subscriptions = t.subscriptions.filter((s) => s.arn !== arn);
      return reply(null);
    }
    case "ListSubscriptionsByTopic": {
      const t = topicOf(rs, required(params, "TopicArn"));
      return reply({ Subscriptions: t.subscriptions.map(subscriptionXml) });
    }
    case "ListSubscriptions":
      return reply({ Subscriptions: [...rs.topics.values()].flatMap((t) => t.subscriptions.map(subscriptionXml)) });
    case "Publish": {
      const arn = params.get("TopicArn") ?? params.get("TargetArn");
      if (!arn) throw new SimError("InvalidParameter", "Invalid parameter: TopicArn or TargetArn");
      const messageId = publish(store, rs, arn, required(params, "Message"), params.get("Subject"));
      return reply({ MessageId: messageId });
    }
    default:
      throw new SimError("InvalidAction", `The action ${action} is not valid for this web service.`);
  }
}

const mapXml = (m: Map<string, string>): XmlValue => new XmlMap([...m.entries()]);

const subscriptionXml = (s: Subscription): XmlValue => ({
  SubscriptionArn: s.confirmed ? s.arn : "PendingConfirmation",
  Owner: s.topicArn.split(":")[4],
  Protocol: s.protocol,
  Endpoint: s.endpoint,
  TopicArn: s.topicArn,
});

export function confirmSubscription(rs: RegionState, topicArn: string, token: string): string {
  const t = topicOf(rs, topicArn);
  const sub = t.subscriptions.find((s) => s.token === token);
  if (!sub) throw new SimError("InvalidParameter", "Invalid token");
  sub.confirmed = true;
  return sub.arn;
}

/** Publishes to a topic and delivers to confirmed http(s) subscribers in the background. Returns the MessageId. */
export function publish(store: SimStore, rs: RegionState, topicArn: string, message: string, subject?: string): string {
  const t = topicOf(rs, topicArn);
  const messageId = randomUUID();
  for (const sub of t.subscriptions) {
    if (!sub.confirmed || !isHttp(sub.protocol)) continue;
    const envelope: Record<string, string> = {
      Type: "Notification",
      MessageId: messageId,
      TopicArn: t.arn,
      ...(subject !== undefined && subject !== "" ? { Subject: subject } : {}),
      Message: message,
      Timestamp: new Date().toISOString(),
      SignatureVersion: t.attributes.get("SignatureVersion") === "2" ? "2" : "1",
      SigningCertURL: `${store.baseUrl}/sns-cert.pem`,
      UnsubscribeURL: `${store.baseUrl}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(sub.arn)}`,
    };
    void deliver(store, sub, sharedSnsSigner().sign(envelope));
  }
  return messageId;
}

async function sendConfirmation(store: SimStore, t: Topic, sub: Subscription): Promise<void> {
  const envelope: Record<string, string> = {
    Type: "SubscriptionConfirmation",
    MessageId: randomUUID(),
    Token: sub.token,
    TopicArn: t.arn,
    Message: `You have chosen to subscribe to the topic ${t.arn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: `${store.baseUrl}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(t.arn)}&Token=${sub.token}`,
    Timestamp: new Date().toISOString(),
    SignatureVersion: t.attributes.get("SignatureVersion") === "2" ? "2" : "1",
    SigningCertURL: `${store.baseUrl}/sns-cert.pem`,
  };
  await deliver(store, sub, sharedSnsSigner().sign(envelope));
}

/** One attempt, no retries: SNS's retry policy would only slow tests down. */
function deliver(store: SimStore, sub: Subscription, envelope: Record<string, string>): Promise<void> {
  const body = JSON.stringify(envelope, null, 2);
  const record: (typeof store.deliveries)[number] = { endpoint: sub.endpoint, type: envelope.Type ?? "", body };
  store.deliveries.push(record);
  const headers: Record<string, string | number> = {
    "x-amz-sns-message-type": envelope.Type ?? "",
    "x-amz-sns-message-id": envelope.MessageId ?? "",
    "x-amz-sns-topic-arn": sub.topicArn,
    "content-type": "text/plain; charset=UTF-8",
    "user-agent": "Amazon Simple Notification Service Agent",
    "content-length": Buffer.byteLength(body),
  };
  if (envelope.Type !== "SubscriptionConfirmation") headers["x-amz-sns-subscription-arn"] = sub.arn;
  return new Promise((resolve) => {
    const lib = sub.endpoint.startsWith("https:") ? https : http;
    const req = lib.request(sub.endpoint, { method: "POST", headers, timeout: 15_000 }, (res) => {
      record.status = res.statusCode;
      res.resume();
      res.on("end", resolve);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => {
      record.error = e.message;
      resolve();
    });
    req.end(body);
  });
}

/** SubscribeURL / UnsubscribeURL point at the simulator, which answers them as GET requests like SNS does. */
export function handleSnsGet(ctx: Omit<RequestContext, "rs" | "region">, store: SimStore): boolean {
  const action = ctx.query.get("Action");
  if (action !== "ConfirmSubscription" && action !== "Unsubscribe") return false;
  const arn = ctx.query.get("TopicArn") ?? ctx.query.get("SubscriptionArn") ?? "";
  const [, , , region = "us-east-1", accountId] = arn.split(":");
  const rs = store.region(region, accountId || undefined);
  handleSns({ ...ctx, rs, region }, parseForm(ctx.query.toString()));
  return true;
}
