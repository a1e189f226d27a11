import type { GatheredState } from "./types";

export type Route = { via: "identity topic" | "configuration set"; topicArn: string; detail: string };
export type Routes = { bounce: Route[]; complaint: Route[] };

/**
 * Where SES sends an identity's bounce and complaint notifications: its SES v1
 * identity topics, and the SNS destinations of its default configuration set.
 * Either route satisfies the guide's step 2; both may exist at once.
 */
export function notificationRoutes(s: GatheredState, identity: string): Routes {
  const routes: Routes = { bounce: [], complaint: [] };
  const topics = s.notificationTopics.ok ? s.notificationTopics.value[identity] : undefined;
  if (topics?.bounceTopic)
    routes.bounce.push({ via: "identity topic", topicArn: topics.bounceTopic, detail: `Bounce → ${topics.bounceTopic}` });
  if (topics?.complaintTopic)
    routes.complaint.push({ via: "identity topic", topicArn: topics.complaintTopic, detail: `Complaint → ${topics.complaintTopic}` });
  const setName = s.identities.ok ? s.identities.value.find((i) => i.name === identity)?.configurationSetName : undefined;
  const set = setName && s.configurationSets.ok ? s.configurationSets.value.find((c) => c.name === setName) : undefined;
  for (const d of set?.destinations ?? []) {
    if (!d.enabled || !d.snsTopicArn) continue;
    const detail = `configuration set ${set!.name}, destination ${d.name} (${d.types.join(", ")}) → ${d.snsTopicArn}`;
    if (d.types.includes("BOUNCE")) routes.bounce.push({ via: "configuration set", topicArn: d.snsTopicArn, detail });
    if (d.types.includes("COMPLAINT")) routes.complaint.push({ via: "configuration set", topicArn: d.snsTopicArn, detail });
  }
  return routes;
}
