import type { RequestContext } from "./context";
import { SimError } from "./protocol-json";
import { memberList, sendQueryResult, XmlMap, type QueryParams, type XmlValue } from "./protocol-query";
import type { NotificationType } from "./state";

export const SES_XMLNS = "http://ses.amazonaws.com/doc/2010-12-01/";

/** SES v1 shares identities with SES v2 in a region; only the notification-topic calls are served. */
export function handleSesV1(ctx: RequestContext, params: QueryParams): void {
  const action = params.get("Action") ?? "";
  const reply = (result: XmlValue | null) => sendQueryResult(ctx.res, action, SES_XMLNS, result, ctx.requestId);
  switch (action) {
    case "GetIdentityNotificationAttributes": {
      const names = memberList(params, "Identities");
      if (names.length > 100) throw new SimError("InvalidParameterValue", "At most 100 identities may be requested.");
      const entries: Array<[string, XmlValue]> = [];
      for (const raw of names) {
        // Identity ARNs are accepted as well as names.
        const name = raw.startsWith("arn:") ? raw.slice(raw.indexOf(":identity/") + 10) : raw;
        const id = ctx.rs.identities.get(name.toLowerCase());
        if (!id) continue;
        entries.push([
          raw,
          {
            ForwardingEnabled: id.feedbackForwarding,
            HeadersInBounceNotificationsEnabled: id.headersInNotifications.Bounce,
            HeadersInComplaintNotificationsEnabled: id.headersInNotifications.Complaint,
            HeadersInDeliveryNotificationsEnabled: id.headersInNotifications.Delivery,
            BounceTopic: id.topics.Bounce,
            ComplaintTopic: id.topics.Complaint,
            DeliveryTopic: id.topics.Delivery,
          },
        ]);
      }
      return reply({ NotificationAttributes: new XmlMap(entries) });
    }
    case "SetIdentityNotificationTopic": {
      const name = params.get("Identity") ?? "";
      const type = params.get("NotificationType") as NotificationType | undefined;
      if (type !== "Bounce" && type !== "Complaint" && type !== "Delivery") {
        throw new SimError("InvalidParameterValue", "NotificationType must be Bounce, Complaint or Delivery.");
      }
      const id = ctx.rs.identities.get(name.toLowerCase());
      if (!id) throw new SimError("InvalidParameterValue", `Identity <${name}> does not exist.`);
      const topic = params.get("SnsTopic");
      if (topic) {
        if (!ctx.rs.topics.has(topic)) throw new SimError("InvalidParameterValue", `Invalid SNS topic <${topic}>.`);
        id.topics[type] = topic;
      } else {
        delete id.topics[type];
      }
      return reply(null);
    }
    case "SetIdentityFeedbackForwardingEnabled": {
      const id = ctx.rs.identities.get((params.get("Identity") ?? "").toLowerCase());
      if (!id) throw new SimError("InvalidParameterValue", "Identity does not exist.");
      const enabled = params.get("ForwardingEnabled") === "true";
      if (!enabled && (!id.topics.Bounce || !id.topics.Complaint)) {
        throw new SimError("InvalidParameterValue", "Feedback forwarding can be disabled only when bounce and complaint topics are set.");
      }
      id.feedbackForwarding = enabled;
      return reply(null);
    }
    default:
      throw new SimError("InvalidAction", `The action ${action} is not valid for this web service.`);
  }
}
