import "server-only";
import { db } from "../db/client";
import { isOutOfSandbox } from "./account-mode";
import { decideSuppression, type SuppressionDecision, type SuppressionPolicy } from "./decide-suppression";
import { domainOf } from "./email-address";
import { pushSuppression } from "./push-suppression";
import type { SesEvent, SesEventRecipient } from "./ses-event";
import { countedSoftBounces } from "./soft-bounce-history";
import { isUniqueViolation } from "./unique-violation";

export type RecipientOutcome = { address: string; stored: boolean; decision?: SuppressionDecision["action"]; suppressed?: boolean };

type Context = { region: string; snsMessageId: string; policy: SuppressionPolicy };
type Run = Context & { outOfSandbox: boolean };

/**
 * Stores one event per recipient (by dedupe key) and decides the suppression for the message that stored it first.
 * No interactive transaction: on SQLite's single connection a rolled-back transaction would take unrelated writes
 * (such as a webhook's stored message) with it. Instead a retry of the same SNS message finds its own event rows
 * (snsMessageId) and finishes the decision; rows stored by another delivery or route are left alone.
 */
export async function recordSesEvent(event: SesEvent, ctx: Context): Promise<RecipientOutcome[]> {
  const out: RecipientOutcome[] = [];
  const run = { ...ctx, outOfSandbox: event.kind === "bounce" || event.kind === "complaint" ? await isOutOfSandbox(ctx.region) : false };
  for (const recipient of event.recipients) out.push(await recordRecipient(event, recipient, run));
  return out;
}

async function recordRecipient(event: SesEvent, recipient: SesEventRecipient, ctx: Run): Promise<RecipientOutcome> {
  let row: { id: string; snsMessageId: string | null };
  let stored = true;
  try {
    row = await db().mailEvent.create({ data: eventRow(event, recipient, ctx), select: { id: true, snsMessageId: true } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    row = await db().mailEvent.findUniqueOrThrow({ where: { dedupeKey: recipient.dedupeKey }, select: { id: true, snsMessageId: true } });
    stored = false;
    if (row.snsMessageId !== ctx.snsMessageId) return { address: recipient.normalized, stored };
  }
  const decision = decideSuppression(event, recipient, { softBounces: await softBouncesBefore(event, recipient, row.id, ctx) }, ctx.policy);
  if (decision.action !== "suppress") return { address: recipient.normalized, stored, decision: decision.action };
  const created = await writeSuppression(recipient.normalized, decision, row.id);
  if (created && decision.pushToSes && ctx.outOfSandbox)
    await pushSuppression(ctx.region, created.id, recipient.normalized, decision.sesReason);
  return { address: recipient.normalized, stored, decision: decision.action, suppressed: Boolean(created) };
}

function eventRow(event: SesEvent, recipient: SesEventRecipient, ctx: Run) {
  return {
    dedupeKey: recipient.dedupeKey,
    sesMessageId: event.messageId,
    kind: event.kind,
    route: event.route,
    region: ctx.region,
    occurredAt: event.timestamp,
    source: event.source || null,
    sourceDomain: event.sourceDomain || null,
    recipient: recipient.normalized,
    recipientDomain: domainOf(recipient.normalized),
    bounceType: event.bounceType ?? null,
    bounceSubType: event.bounceSubType ?? null,
    // The status is kept when there is no diagnostic: its presence is what tells a real soft bounce from an auto-reply.
    diagnostic: recipient.diagnostic ?? (recipient.status ? `status ${recipient.status}` : null),
    complaintFeedbackType: event.complaintFeedbackType ?? null,
    snsMessageId: ctx.snsMessageId,
  };
}

async function softBouncesBefore(event: SesEvent, recipient: SesEventRecipient, ownId: string, ctx: Run): Promise<Date[]> {
  if (event.kind !== "bounce" || event.bounceType !== "Transient") return [];
  const since = new Date(event.timestamp.getTime() - ctx.policy.softBounceWindowMs);
  const earlier = await db().mailEvent.findMany({
    where: {
      recipient: recipient.normalized,
      kind: "bounce",
      bounceType: "Transient",
      occurredAt: { gte: since, lte: event.timestamp },
      id: { not: ownId },
    },
    select: { occurredAt: true, bounceType: true, bounceSubType: true, diagnostic: true },
  });
  return countedSoftBounces(earlier);
}

/** The new row, or undefined when the address was already suppressed (a complaint still sets the review date). */
async function writeSuppression(address: string, decision: Extract<SuppressionDecision, { action: "suppress" }>, eventId: string) {
  try {
    return await db().suppression.create({
      data: { address, reason: decision.reason, detail: decision.explanation, eventId, investigateBy: decision.investigateBy ?? null },
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
  if (decision.investigateBy) {
    // A complaint about an address already suppressed for bouncing still needs someone to look into it.
    await db().suppression.updateMany({ where: { address, investigateBy: null }, data: { investigateBy: decision.investigateBy } });
  }
  return undefined;
}
