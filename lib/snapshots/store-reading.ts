import "server-only";
import type { AccountState } from "../aws/account-state";
import { db } from "../db/client";
import type { ReadinessResult } from "../readiness/types";
import { readinessHash } from "./readiness-hash";
import { stateChanges } from "./state-changes";
import { currentAccountId } from "../accounts/account-context";

export type Reading = { ok: true; account: AccountState; readiness: ReadinessResult } | { ok: false; error: string; at: Date };

/**
 * Writes one reading in one transaction: the checklist report, the snapshot,
 * the state-change events and the end of the run. A process killed before the
 * commit leaves no half-written reading, only an unfinished claim.
 */
export async function storeReading(region: string, runId: string, reading: Reading): Promise<void> {
  await db().$transaction(async (tx) => {
    if (!reading.ok) {
      await tx.accountSnapshot.create({ data: { region, ok: false, error: reading.error, takenAt: reading.at, runId } });
      await tx.collectionRun.update({ where: { id: runId }, data: { finishedAt: new Date() } });
      return;
    }
    const { account: a, readiness } = reading;
    const hash = readinessHash(readiness);
    const report = await tx.readinessReport.upsert({
      where: { account_region_hash: { account: await currentAccountId(), region, hash } },
      create: { region, hash, score: readiness.score, result: JSON.stringify(readiness), firstSeen: a.readAt, lastSeen: a.readAt },
      update: { result: JSON.stringify(readiness), lastSeen: a.readAt },
    });
    const previous = await tx.accountSnapshot.findFirst({ where: { region, ok: true }, orderBy: { takenAt: "desc" } });
    const current = {
      production: a.production,
      sendingEnabled: a.sendingEnabled,
      enforcementStatus: a.enforcementStatus,
      reviewStatus: a.review?.status ?? null,
    };
    await tx.accountSnapshot.create({
      data: {
        region,
        ok: true,
        takenAt: a.readAt,
        ...current,
        max24HourSend: a.quota.max24Hour,
        maxSendRate: a.quota.maxSendRate,
        sentLast24Hours: a.quota.sentLast24Hours,
        reviewCaseId: a.review?.caseId ?? null,
        suppressedReasons: a.suppressedReasons.join(","),
        vdmEnabled: a.vdmEnabled,
        readinessScore: readiness.score,
        readinessReportId: report.id,
        runId,
      },
    });
    const changes = stateChanges(previous, current);
    if (changes.length) await tx.accountEvent.createMany({ data: changes.map((c) => ({ ...c, region, at: a.readAt })) });
    await tx.collectionRun.update({ where: { id: runId }, data: { finishedAt: new Date() } });
  });
}
