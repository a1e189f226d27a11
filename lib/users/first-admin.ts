import "server-only";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";

export const hasAnyUser = async () => (await db().user.count()) > 0;

/**
 * Creates the first admin, only while no user exists. The insert of a fixed
 * Setting key is the lock: of two concurrent first-run requests, one fails on
 * the primary key and creates nothing.
 */
export async function createFirstAdmin(input: { email: string; name?: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx) => {
      if ((await tx.user.count()) > 0) return null;
      await tx.setting.create({ data: { key: "first-admin-created", value: new Date().toISOString() } });
      return tx.user.create({ data: { email: input.email, name: input.name || null, role: "admin", passwordHash } });
    });
  } catch (e) {
    // Only the lost race is expected; a database failure must surface, not read as "an admin exists".
    if ((e as { code?: string }).code === "P2002") return null;
    throw e;
  }
}
