import "server-only";
import { db } from "../db/client";
import type { RateMetric } from "./levels";
import { MAILBOX_SIMULATOR_DOMAIN } from "./own-rates";

export type SpikeEvent = {
  id: string;
  occurredAt: Date;
  recipient: string;
  bounceType: string | null;
  bounceSubType: string | null;
  diagnostic: string | null;
  feedbackType: string | null;
};

const HOUR = 3_600_000;

/**
 * The bounce or complaint notifications the dashboard received in the hour of a spike's peak (the bucket's
 * own span when it is longer): what the on-call reads first. Mailbox-simulator messages are left out; events
 * without a region (an SNS route that does not say) are included.
 */
export async function readSpikeEvents(
  region: string,
  metric: RateMetric,
  peakMs: number,
  spanMs: number,
  limit = 20,
): Promise<{ total: number; events: SpikeEvent[] }> {
  const where = {
    kind: metric,
    occurredAt: { gte: new Date(peakMs), lt: new Date(peakMs + Math.max(HOUR, spanMs)) },
    OR: [{ region }, { region: null }],
    // Mailbox-simulator mail is a test, not a recipient: AWS leaves it out of the rates, and so does this list.
    recipientDomain: { not: MAILBOX_SIMULATOR_DOMAIN },
  };
  const [total, rows] = await Promise.all([
    db().mailEvent.count({ where }),
    db().mailEvent.findMany({
      where,
      orderBy: { occurredAt: "asc" },
      take: limit,
      select: {
        id: true,
        occurredAt: true,
        recipient: true,
        bounceType: true,
        bounceSubType: true,
        diagnostic: true,
        complaintFeedbackType: true,
      },
    }),
  ]);
  return { total, events: rows.map(({ complaintFeedbackType, ...r }) => ({ ...r, feedbackType: complaintFeedbackType })) };
}
