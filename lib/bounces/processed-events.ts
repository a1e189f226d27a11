import "server-only";
import { db, dbProvider } from "../db/client";
import type { ObservedEvent } from "../readiness/types";
import { MAILBOX_SIMULATOR_DOMAIN as SIMULATOR_DOMAIN } from "../reputation/own-rates";

/** One watched account in one region; without the 12-digit account number, every account's topics of the region. */
export type NotificationScope = { region: string; awsAccountId?: string | null };

/** The part of a topic ARN that places it in the scope: SES publishes only to topics of its own account and region. */
export const topicArnPart = (s: NotificationScope) => `:sns:${s.region}:${s.awsAccountId ? `${s.awsAccountId}:` : ""}`;

type Filter = { kinds: readonly string[]; recipients?: "simulator" | "real" };

/** The events a working pipeline carries back: what the silence alert waits for. */
export const OUTCOME_KINDS = ["bounce", "complaint", "delivery"] as const;

// A recorded event proves a working pipeline only with the notification that carried it processed: the join is
// what leaves out subscription confirmations, SES's set-up messages and notifications whose processing failed.
// Raw SQL because MailEvent and SnsMessage have no relation in the schema; both tables are not account-scoped.
const sql = (f: Filter, take: number) => `SELECT e."id" AS "id" FROM "MailEvent" e JOIN "SnsMessage" m ON m."messageId" = e."snsMessageId"
  WHERE e."kind" IN (${f.kinds.map(() => "?").join(", ")}) AND m."status" = 'processed' AND m."type" = 'Notification' AND m."topicArn" LIKE ?
  ${f.recipients === "simulator" ? `AND e."recipientDomain" = '${SIMULATOR_DOMAIN}'` : f.recipients === "real" ? `AND e."recipientDomain" <> '${SIMULATOR_DOMAIN}'` : ""}
  ORDER BY e."receivedAt" DESC LIMIT ${Math.trunc(take)}`;

const numbered = (text: string) => {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
};

/** The newest events of the given kinds whose notification the dashboard processed, newest first. */
export async function processedEvents(scope: NotificationScope, filter: Filter, take = 1): Promise<ObservedEvent[]> {
  const text = sql(filter, take);
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    dbProvider() === "postgresql" ? numbered(text) : text,
    ...filter.kinds,
    `%${topicArnPart(scope)}%`,
  );
  if (!rows.length) return [];
  const events = await db().mailEvent.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  const messages = await db().snsMessage.findMany({
    where: { messageId: { in: events.map((e) => e.snsMessageId ?? "") } },
    select: { messageId: true, topicArn: true, processedAt: true },
  });
  const byId = new Map(events.map((e) => [e.id, e]));
  const byMessage = new Map(messages.map((m) => [m.messageId, m]));
  return rows.flatMap(({ id }) => {
    const e = byId.get(id);
    const m = e?.snsMessageId ? byMessage.get(e.snsMessageId) : undefined;
    if (!e || !m) return [];
    return [
      {
        kind: e.kind,
        recipient: e.recipient,
        sesMessageId: e.sesMessageId,
        snsMessageId: m.messageId,
        topicArn: m.topicArn,
        at: (m.processedAt ?? e.receivedAt).toISOString(),
      },
    ];
  });
}
