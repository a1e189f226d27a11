import "server-only";
import { db } from "../db/client";

/** Each test message is real mail on the account's quota and reputation: a few to check the pipeline, not a stream. */
export const TEST_MAIL_LIMIT = { count: 10, windowMs: 10 * 60_000 };

/**
 * Seconds before this user may send another test message (0: now). Counted from the TestSend rows, so the limit
 * holds across instances and restarts, as the sign-in limit does.
 */
export async function testMailWait(actor: string, now = new Date()): Promise<number> {
  const recent = await db().testSend.findMany({
    where: { createdBy: actor, createdAt: { gt: new Date(now.getTime() - TEST_MAIL_LIMIT.windowMs) } },
    orderBy: { createdAt: "desc" },
    take: TEST_MAIL_LIMIT.count,
    select: { createdAt: true },
  });
  if (recent.length < TEST_MAIL_LIMIT.count) return 0;
  const oldest = recent.at(-1)!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + TEST_MAIL_LIMIT.windowMs - now.getTime()) / 1000));
}
