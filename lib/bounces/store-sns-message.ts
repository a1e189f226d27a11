import "server-only";
import { db } from "../db/client";
import type { SnsMessage } from "../sns/parse-sns-body";
import { isUniqueViolation } from "./unique-violation";

export type StoreResult = { created: true; id: string } | { created: false };

/** Stores a verified message once by MessageId; the unique index settles concurrent redeliveries. */
export async function storeSnsMessage(message: SnsMessage, rawBody: string): Promise<StoreResult> {
  try {
    const row = await db().snsMessage.create({
      data: { messageId: message.MessageId, topicArn: message.TopicArn, type: message.Type, body: rawBody },
      select: { id: true },
    });
    return { created: true, id: row.id };
  } catch (e) {
    if (isUniqueViolation(e)) return { created: false };
    throw e;
  }
}
