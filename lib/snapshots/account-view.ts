import "server-only";
import { cache } from "react";
import type { AccountState } from "../aws/account-state";
import { currentAccount } from "../accounts/account-context";
import { db } from "../db/client";
import type { ReadinessResult } from "../readiness/types";
import { assessDanger, dangerSeverity, type Danger } from "../reputation/danger";

export type AccountView = {
  /** The newest successful reading, shown even when later readings failed. */
  lastGood: AccountState | null;
  /** The checklist of that reading. */
  readiness: ReadinessResult | null;
  /** Set when the newest attempt failed: the figures shown are stale. */
  lastFailure: { at: Date; error: string } | null;
  /** How close AWS is to reviewing or pausing the account, as of that reading. */
  danger: Danger;
};

/** Served from the database, never from a live AWS call. */
export async function getAccountView(region: string): Promise<AccountView> {
  return viewOf((await currentAccount()).id, region);
}

/**
 * Uncached: the collector reads the previous reading with it, and must not leave a pre-collection view in the
 * request's memo for the page that renders after a server action.
 */
export async function readAccountView(account: string, region: string): Promise<AccountView> {
  const [good, newest] = await Promise.all([
    db().accountSnapshot.findFirst({
      where: { account, region, ok: true },
      orderBy: { takenAt: "desc" },
      include: { readinessReport: { select: { result: true } } },
    }),
    db().accountSnapshot.findFirst({
      where: { account, region },
      orderBy: { takenAt: "desc" },
      select: { ok: true, takenAt: true, error: true },
    }),
  ]);
  const readiness = good?.readinessReport ? (JSON.parse(good.readinessReport.result) as ReadinessResult) : null;
  const at = (good?.takenAt ?? new Date(0)).toISOString();
  // Reports stored before the danger level existed still judge the sending and enforcement status they recorded.
  const danger =
    readiness?.danger ??
    assessDanger({
      at,
      account: good
        ? { sendingEnabled: good.sendingEnabled !== false, enforcementStatus: good.enforcementStatus ?? "UNKNOWN", at }
        : undefined,
    });
  // Likewise their readiness: never ready while the account is at pause level or beyond.
  if (readiness && readiness.ready === undefined) readiness.ready = dangerSeverity(danger.level) < dangerSeverity("pause");
  return {
    danger,
    lastGood: good
      ? {
          region,
          production: good.production === true,
          sendingEnabled: good.sendingEnabled !== false,
          enforcementStatus: good.enforcementStatus ?? "UNKNOWN",
          quota: { max24Hour: good.max24HourSend ?? 0, maxSendRate: good.maxSendRate ?? 0, sentLast24Hours: good.sentLast24Hours ?? 0 },
          review: good.reviewStatus ? { status: good.reviewStatus, caseId: good.reviewCaseId ?? undefined } : undefined,
          suppressedReasons: good.suppressedReasons ? good.suppressedReasons.split(",").filter(Boolean) : [],
          vdmEnabled: good.vdmEnabled === true,
          readAt: good.takenAt,
        }
      : null,
    readiness,
    lastFailure: newest && !newest.ok ? { at: newest.takenAt, error: newest.error ?? "unknown error" } : null,
  };
}

// Memoized per request by account and region: the overview reads several accounts in one render.
const viewOf = cache(readAccountView);
