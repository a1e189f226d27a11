import "server-only";
import type { AccountState } from "../aws/account-state";
import { db } from "../db/client";

export type AccountView = {
  /** The newest successful reading, shown even when later readings failed. */
  lastGood: AccountState | null;
  /** Set when the newest attempt failed: the figures shown are stale. */
  lastFailure: { at: Date; error: string } | null;
};

/** Served from the database, never from a live AWS call. */
export async function getAccountView(region: string): Promise<AccountView> {
  const [good, newest] = await Promise.all([
    db().accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" } }),
    db().accountSnapshot.findFirst({ where: { region }, orderBy: { takenAt: "desc" } }),
  ]);
  return {
    lastGood: good
      ? {
          region,
          production: good.production === true,
          sendingEnabled: good.sendingEnabled !== false,
          enforcementStatus: good.enforcementStatus ?? "UNKNOWN",
          quota: { max24Hour: good.max24HourSend ?? 0, maxSendRate: good.maxSendRate ?? 0, sentLast24Hours: good.sentLast24Hours ?? 0 },
          review: good.reviewStatus ? { status: good.reviewStatus, caseId: good.reviewCaseId ?? undefined } : undefined,
          suppressedReasons: [],
          readAt: good.takenAt,
        }
      : null,
    lastFailure: newest && !newest.ok ? { at: newest.takenAt, error: newest.error ?? "unknown error" } : null,
  };
}
