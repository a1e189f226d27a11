import "server-only";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { MutationRefused } from "../auth/mutation";
import { endSessionsOf } from "../auth/user-sessions";
import { changeKeepingAnAdmin } from "./keep-an-admin";

export type UserRow = { id: string; email: string; name: string | null; role: string; createdAt: Date; sso: boolean; disabled: boolean };

export async function listUsers(): Promise<UserRow[]> {
  const users = await db().user.findMany({ orderBy: { createdAt: "asc" } });
  return users.map(({ id, email, name, role, createdAt, passwordHash, disabledAt }) => ({
    id,
    email,
    name,
    role,
    createdAt,
    sso: passwordHash === null,
    disabled: disabledAt !== null,
  }));
}

export async function createUser(input: { email: string; name?: string; password: string; role: Role }) {
  if (await db().user.findUnique({ where: { email: input.email } })) {
    throw new MutationRefused(409, "A user with this e-mail already exists.", { email: ["A user with this e-mail already exists."] });
  }
  const user = await db().user.create({
    data: { email: input.email, name: input.name || null, role: input.role, passwordHash: await hashPassword(input.password) },
  });
  return { id: user.id, email: user.email, role: user.role };
}

export async function changeRole(input: { userId: string; role: Role }) {
  return changeKeepingAnAdmin(
    input.userId,
    () => input.role !== "admin",
    async (tx, user) => {
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
      return { id: user.id, email: user.email, from: user.role, to: input.role };
    },
  );
}

// An admin locking themselves out is a mistake to stop, not a right to keep: another admin can do it.
const notSelf = (userId: string, actor: { id: string }, what: string) => {
  if (userId === actor.id) throw new MutationRefused(409, `You cannot ${what} your own account; ask another admin.`);
};

/** Disabling ends the user's sessions at once; enabling lets them sign in again, with no old session revived. */
export async function setDisabled(input: { userId: string; disabled: boolean }, actor: { id: string }) {
  notSelf(input.userId, actor, "disable");
  const result = await changeKeepingAnAdmin(
    input.userId,
    () => input.disabled,
    async (tx, user) => {
      await tx.user.update({ where: { id: user.id }, data: { disabledAt: input.disabled ? (user.disabledAt ?? new Date()) : null } });
      return { id: user.id, email: user.email, disabled: input.disabled };
    },
  );
  if (input.disabled) await endSessionsOf(input.userId);
  return result;
}

/** Removes the user and, through the foreign key, their sessions; audit entries keep their e-mail. */
export async function removeUser(input: { userId: string }, actor: { id: string }) {
  notSelf(input.userId, actor, "remove");
  return changeKeepingAnAdmin(
    input.userId,
    () => true,
    async (tx, user) => {
      await tx.user.delete({ where: { id: user.id } });
      return { id: user.id, email: user.email };
    },
  );
}
