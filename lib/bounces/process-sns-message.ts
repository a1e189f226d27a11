import "server-only";
import { db } from "../db/client";
import { confirmSubscription } from "../sns/confirm-subscription";
import { parseSnsBody } from "../sns/parse-sns-body";
import { parseTopicArn } from "../sns/parse-topic-arn";
import { allowedTopicArns, forgetAllowedTopics } from "./allowed-topics";
import { cachedBounceSettings } from "./bounce-settings";
import { readSesMessage } from "./read-ses-message";
import { recordSesEvent } from "./record-ses-event";

const isRecordNotFound = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2025";

export type ProcessStatus = "processed" | "ignored" | "failed" | "skipped";

/** SES names its region in sourceArn; the topic's region is the fallback (SES publishes to topics of its own region). */
export function eventRegion(sourceArn: string | undefined, topicArn: string): string {
  const fromSource = sourceArn?.split(":")[3];
  return fromSource || parseTopicArn(topicArn)?.region || "us-east-1";
}

/**
 * Processes one stored SNS message. The claim (received/failed → processing) makes concurrent sweeps skip a message
 * another worker holds; the work itself is idempotent (dedupe keys), so a crash mid-way is simply retried.
 */
export async function processSnsMessage(id: string): Promise<ProcessStatus> {
  // Claim and read in one statement (UPDATE … RETURNING): each Prisma query costs tens of kB of garbage, and this
  // runs for every stored message.
  let row: { body: string; messageId: string };
  try {
    row = await db().snsMessage.update({
      where: { id, status: { in: ["received", "failed"] } },
      data: { status: "processing", processedAt: new Date() },
      select: { body: true, messageId: true },
    });
  } catch (e) {
    if (isRecordNotFound(e)) return "skipped";
    throw e;
  }
  let status: Exclude<ProcessStatus, "skipped">;
  let note: string | null = null;
  try {
    [status, note] = await work(row.body, row.messageId);
  } catch (e) {
    [status, note] = ["failed", e instanceof Error ? e.message : String(e)];
    console.error(`[sns] processing ${row.messageId} failed, will retry: ${note}`);
  }
  await db().snsMessage.update({ where: { id }, data: { status, error: note, processedAt: new Date() } });
  return status;
}

async function work(body: string, messageId: string): Promise<[Exclude<ProcessStatus, "skipped">, string | null]> {
  const parsed = parseSnsBody(body);
  // Verified before it was stored, so this cannot happen unless the row was edited.
  if (!parsed.ok) return ["ignored", `stored body no longer parses: ${parsed.detail}`];
  const message = parsed.message;
  if (message.Type === "UnsubscribeConfirmation") return ["ignored", "unsubscribe confirmation: nothing to do"];
  if (message.Type === "SubscriptionConfirmation") {
    forgetAllowedTopics();
    const r = await confirmSubscription(message, await allowedTopicArns());
    if (r.ok) return ["processed", `subscription confirmed: ${r.subscriptionArn}`];
    if (r.reason === "topic-not-allowed") {
      console.warn(`[sns] ${r.detail}`);
      return ["ignored", r.detail];
    }
    throw new Error(r.detail);
  }
  const reading = readSesMessage(message.Message);
  if (reading.type === "setup") return ["processed", `SES set-up message: ${reading.detail}`];
  if (reading.type === "ignored" || reading.type === "invalid") return ["ignored", reading.detail];
  const { policy } = await cachedBounceSettings();
  const outcomes = await recordSesEvent(reading.event, {
    region: eventRegion(reading.event.sourceArn, message.TopicArn),
    snsMessageId: messageId,
    policy,
  });
  const stored = outcomes.filter((o) => o.stored).length;
  return [
    "processed",
    stored === outcomes.length
      ? null
      : `${outcomes.length - stored} of ${outcomes.length} recipients already recorded (another route or delivery)`,
  ];
}
