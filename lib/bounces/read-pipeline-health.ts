import "server-only";
import { db } from "../db/client";
import { readBounceSettings } from "./bounce-settings";
import { assessPipeline, type PipelineHealth } from "./pipeline-health";

/** Sends from the stored CloudWatch samples of the window; the latest account reading's 24-hour count when there are none. */
export async function readPipelineHealth(region: string, now = new Date()): Promise<PipelineHealth & { silenceHours: number }> {
  const { pipelineSilenceHours: silenceHours } = await readBounceSettings();
  const since = new Date(now.getTime() - silenceHours * 3_600_000);
  const [samples, snapshot, last] = await Promise.all([
    db().reputationSample.aggregate({ where: { region, at: { gte: since } }, _sum: { send: true }, _count: { _all: true } }),
    db().accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" }, select: { sentLast24Hours: true } }),
    db().snsMessage.findFirst({ where: { topicArn: { contains: `:sns:${region}:` } }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true } }),
  ]);
  const sends = samples._count._all > 0 ? (samples._sum.send ?? 0) : silenceHours >= 24 ? (snapshot?.sentLast24Hours ?? 0) : 0;
  return { ...assessPipeline({ sends, lastReceivedAt: last?.receivedAt, silenceHours, now }), silenceHours };
}
