import "server-only";
import { getAccountState } from "../aws/account-state";
import { describeAwsError } from "../aws/describe-aws-error";
import { db } from "../db/client";

/**
 * Reads the account once (one GetAccount call; the SDK retries throttling with
 * backoff and jitter) and stores the reading. A failure is stored as a failed
 * attempt with its reason, so the pages can say the figures are stale.
 */
export async function collectAccountSnapshot(region: string): Promise<{ ok: boolean; error?: string }> {
  try {
    const s = await getAccountState(region);
    await db().accountSnapshot.create({
      data: {
        region,
        ok: true,
        takenAt: s.readAt,
        production: s.production,
        sendingEnabled: s.sendingEnabled,
        enforcementStatus: s.enforcementStatus,
        max24HourSend: s.quota.max24Hour,
        maxSendRate: s.quota.maxSendRate,
        sentLast24Hours: s.quota.sentLast24Hours,
        reviewStatus: s.review?.status ?? null,
        reviewCaseId: s.review?.caseId ?? null,
      },
    });
    return { ok: true };
  } catch (e) {
    const error = describeAwsError(e, "ses:GetAccount");
    await db().accountSnapshot.create({ data: { region, ok: false, error } });
    return { ok: false, error };
  }
}
