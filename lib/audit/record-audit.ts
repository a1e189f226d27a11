import "server-only";
import { db } from "../db/client";

export type AuditEntry = {
  actor: { id: string | null; email: string };
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  ip?: string;
  accountId?: string;
  region?: string;
};

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
      region: entry.region,
    },
  });
}

export async function listAudit(take = 200) {
  return db().auditLog.findMany({ orderBy: { createdAt: "desc" }, take });
}
