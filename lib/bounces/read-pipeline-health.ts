import "server-only";
import { callerAccountId } from "../aws/caller-identity";
import { db } from "../db/client";
import { readBounceSettings } from "./bounce-settings";
import { assessPipeline, type PipelineHealth } from "./pipeline-health";
import { OUTCOME_KINDS, processedEvents, topicArnPart, type NotificationScope } from "./processed-events";

export type PipelineReading = PipelineHealth & { silenceHours: number; sends: number; lastProcessedAt?: string };

/**
 * One account and region. Sends come from the account's stored CloudWatch samples of the window (the latest
 * account reading's 24-hour count when there are none); arrivals are processed SES notifications on the
 * account's topics; a topic the dashboard may confirm (AllowedTopic) is what makes it expect them.
 */
export async function readPipelineHealth(scope: NotificationScope, now = new Date()): Promise<PipelineReading> {
  const { region } = scope;
  const { pipelineSilenceHours: silenceHours } = await readBounceSettings();
  const since = new Date(now.getTime() - silenceHours * 3_600_000);
  const [samples, snapshot, [last], subscribed] = await Promise.all([
    db().reputationSample.aggregate({ where: { region, at: { gte: since } }, _sum: { send: true }, _count: { _all: true } }),
    db().accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" }, select: { sentLast24Hours: true } }),
    processedEvents(scope, { kinds: OUTCOME_KINDS }),
    db().allowedTopic.count({ where: { topicArn: { contains: topicArnPart(scope) } } }),
  ]);
  const sends = samples._count._all > 0 ? (samples._sum.send ?? 0) : silenceHours >= 24 ? (snapshot?.sentLast24Hours ?? 0) : 0;
  const lastProcessedAt = last ? new Date(last.at) : undefined;
  const health = assessPipeline({ sends, lastProcessedAt, silenceHours, now, subscribed: subscribed > 0 });
  return { ...health, silenceHours, sends, lastProcessedAt: last?.at };
}

/** The pipeline of the account in effect: its topics are named by the account number STS reports. */
export async function readPipelineHealthIn(region: string, now = new Date()): Promise<PipelineReading> {
  return readPipelineHealth({ region, awsAccountId: await callerAccountId(region) }, now);
}
