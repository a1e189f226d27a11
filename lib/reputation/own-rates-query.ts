import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { computeOwnRates, countRecipientEvents, type OwnRates, type RecipientEvent } from "./own-rates";

const DAY = 86_400_000;
// A busy account's day of events is read in one go; beyond this the figure says it is a sample.
const MAX_EVENTS = 200_000;

export type OwnRatesView = OwnRates & {
  windowMs: number;
  eventsRead: number;
  truncated: boolean;
  sendsFrom: "send-events" | "deliveries-and-bounces" | "none";
};

/**
 * The rates from the notifications the dashboard itself received, counted the way SES counts. Sends come
 * from SEND events when a configuration set publishes them; otherwise every delivery and bounce stands for
 * one send, since each accepted recipient ends in one of the two.
 */
export async function readOwnRates(region: string, now: Date = new Date(), windowMs = DAY): Promise<OwnRatesView> {
  const rows = await db().mailEvent.findMany({
    where: {
      kind: { in: ["send", "delivery", "bounce", "complaint"] },
      occurredAt: { gte: new Date(now.getTime() - windowMs), lte: now },
      OR: [{ region }, { region: null }],
    },
    select: { kind: true, recipient: true, bounceType: true, bounceSubType: true },
    take: MAX_EVENTS,
  });
  const hasSends = rows.some((r) => r.kind === "send");
  const events: RecipientEvent[] = [];
  for (const r of rows) {
    if (r.kind === "send") events.push({ type: "send", recipient: r.recipient });
    else if (r.kind === "complaint") events.push({ type: "complaint", recipient: r.recipient });
    else if (!hasSends) events.push({ type: "send", recipient: r.recipient });
    if (r.kind === "bounce")
      events.push({ type: "bounce", recipient: r.recipient, bounceType: r.bounceType ?? "", bounceSubType: r.bounceSubType ?? undefined });
  }
  // Verified identities are not known here, so only the mailbox simulator is left out; SES also leaves out verified recipients.
  const { counted } = countRecipientEvents(events, []);
  return {
    ...computeOwnRates(counted, env().REPUTATION_MIN_VOLUME),
    windowMs,
    eventsRead: rows.length,
    truncated: rows.length === MAX_EVENTS,
    sendsFrom: rows.length === 0 ? "none" : hasSends ? "send-events" : "deliveries-and-bounces",
  };
}
