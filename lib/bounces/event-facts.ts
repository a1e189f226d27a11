import "server-only";
import { db } from "../db/client";
import type { EventFacts, ObservedEvent } from "../readiness/types";
import { processedEvents, topicArnPart, type NotificationScope } from "./processed-events";

// Enough recent deliveries for the checklist to find one outside the verified identities it reads separately.
const REAL_DELIVERIES = 100;
const DISTINCT_RECIPIENTS = 20;

const first = (list: ObservedEvent[]) => list[0];

/** The newest event of each recipient, newest first. */
function perRecipient(list: ObservedEvent[]): ObservedEvent[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.recipient) && Boolean(seen.add(e.recipient))).slice(0, DISTINCT_RECIPIENTS);
}

/** What the dashboard's own bounce handling has seen and processed in one account and region, for the readiness checklist. */
export async function getEventFacts(scope: NotificationScope): Promise<EventFacts> {
  const [last, test, bounce, complaint, simulatorBounce, simulatorComplaint, anyDelivery, realDeliveries] = await Promise.all([
    db().snsMessage.findFirst({
      where: { topicArn: { contains: topicArnPart(scope) } },
      orderBy: { receivedAt: "desc" },
      select: { receivedAt: true },
    }),
    db().testSend.findFirst({
      where: { region: scope.region, status: "sent" },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    processedEvents(scope, { kinds: ["bounce"] }).then(first),
    processedEvents(scope, { kinds: ["complaint"] }).then(first),
    processedEvents(scope, { kinds: ["bounce"], recipients: "simulator" }).then(first),
    processedEvents(scope, { kinds: ["complaint"], recipients: "simulator" }).then(first),
    processedEvents(scope, { kinds: ["delivery"] }).then(first),
    processedEvents(scope, { kinds: ["delivery"], recipients: "real" }, REAL_DELIVERIES).then(perRecipient),
  ]);
  return {
    lastReceivedAt: last?.receivedAt.toISOString(),
    testSendSucceededAt: test?.createdAt.toISOString(),
    bounce,
    complaint,
    simulatorBounce,
    simulatorComplaint,
    anyDelivery,
    realDeliveries: realDeliveries.length ? realDeliveries : undefined,
  };
}
