import "server-only";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { MutationRefused } from "../auth/mutation";

export type UserRow = { id: string; email: string; name: string | null; role: string; createdAt: Date; sso: boolean };

export async function listUsers(): Promise<UserRow[]> {
  const users = await db().user.findMany({ orderBy: { createdAt: "asc" } });
  return users.map(({ passwordHash, ...u }) => ({ ...u, sso: passwordHash === null }));
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
  const user = await db().user.findUnique({ where: { id: input.userId } });
  if (!user) throw new MutationRefused(404, "No such user.");
  if (user.role === "admin" && input.role !== "admin") {
    const admins = await db().user.count({ where: { role: "admin" } });
    if (admins <= 1) throw new MutationRefused(409, "This is the only admin: make another user admin first.");
  }
  await db().user.update({ where: { id: user.id }, data: { role: input.role } });
  return { id: user.id, email: user.email, from: user.role, to: input.role };
}
