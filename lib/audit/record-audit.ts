import "server-only";
import { currentAccountId } from "../accounts/account-context";
import { db } from "../db/client";
import { selectedRegion } from "../settings/selected-region";

export type AuditEntry = {
  actor: { id: string | null; email: string };
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  ip?: string;
  accountId?: string;
  /** The watched account (registry id); the one in effect when not given. */
  account?: string;
  region?: string;
};

// Sign-ins and other entries outside a page have no selected region.
const regionInView = () => selectedRegion().catch(() => undefined);

export async function recordAudit(entry: AuditEntry): Promise<void> {
  await db().auditLog.create({
    data: {
      actorId: entry.actor.id,
      actorEmail: entry.actor.email,
      action: entry.action,
      target: entry.target,
      details: entry.details ? JSON.stringify(entry.details) : undefined,
      ip: entry.ip,
      accountId: entry.accountId,
      account: entry.account ?? (await currentAccountId()),
      region: entry.region ?? (await regionInView()),
    },
  });
}

export async function listAudit(take = 200) {
  return db().auditLog.findMany({ orderBy: { createdAt: "desc" }, take });
}
