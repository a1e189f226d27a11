import "server-only";
import { db } from "../db/client";
import type { EventFacts } from "../readiness/types";

const SIMULATOR = "@simulator.amazonses.com";

/** What the dashboard's own bounce handling has seen in a region, for the readiness checklist. */
export async function getEventFacts(region: string): Promise<EventFacts> {
  const [last, test, bounce, complaint] = await Promise.all([
    db().snsMessage.findFirst({ where: { topicArn: { contains: `:sns:${region}:` } }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true } }),
    db().testSend.findFirst({ where: { region, status: "sent" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
    simulatorEvent(region, "bounce"),
    simulatorEvent(region, "complaint"),
  ]);
  return {
    lastReceivedAt: last?.receivedAt.toISOString(),
    testSendSucceededAt: test?.createdAt.toISOString(),
    simulatorBounceSeenAt: bounce?.receivedAt.toISOString(),
    simulatorComplaintSeenAt: complaint?.receivedAt.toISOString(),
  };
}

const simulatorEvent = (region: string, kind: "bounce" | "complaint") =>
  db().mailEvent.findFirst({ where: { region, kind, recipient: { endsWith: SIMULATOR } }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true } });
