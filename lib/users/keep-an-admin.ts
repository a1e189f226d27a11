import "server-only";
import { MutationRefused } from "../auth/mutation";
import { db } from "../db/client";
import type { Prisma, User } from "../db/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

/**
 * Changes one user, refusing a change that would leave no enabled admin. The
 * check and the change share a serializable transaction: two admins disabling
 * each other at the same moment cannot both succeed.
 */
export async function changeKeepingAnAdmin<T>(
  userId: string,
  removesAdmin: (user: User) => boolean,
  change: (tx: Tx, user: User) => Promise<T>,
): Promise<T> {
  try {
    return await db().$transaction(
      async (tx) => {
        const user = await tx.user.findUnique({ where: { id: userId } });
        if (!user) throw new MutationRefused(404, "No such user.");
        if (user.role === "admin" && !user.disabledAt && removesAdmin(user)) {
          const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: user.id } } });
          if (others === 0) throw new MutationRefused(409, "This is the only admin: make another user admin first.");
        }
        return change(tx, user);
      },
      { isolationLevel: "Serializable" },
    );
  } catch (e) {
    // PostgreSQL aborts the later of two conflicting transactions (P2034); SQLite runs them one after the other.
    if ((e as { code?: string }).code === "P2034")
      throw new MutationRefused(409, "Another change to users happened at the same moment. Try again.");
    throw e;
  }
}
