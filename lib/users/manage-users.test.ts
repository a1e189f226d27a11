import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { verifyPassword } from "../auth/password";
import { MutationRefused } from "../auth/mutation";
import { createFirstAdmin, hasAnyUser } from "./first-admin";
import { changeRole, createUser, listUsers } from "./manage-users";

describe.each(databaseKinds())("users on %s", (kind) => {
  const store = useTestDatabase(kind);

  it("creates exactly one first admin when two first-run requests race", async () => {
    expect(await hasAnyUser()).toBe(false);
    const results = await Promise.all([
      createFirstAdmin({ email: "a@example.com", password: "first password" }),
      createFirstAdmin({ email: "b@example.com", password: "second password" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.db!.user.count({ where: { role: "admin" } })).toBe(1);
    expect(await createFirstAdmin({ email: "c@example.com", password: "third password" })).toBeNull();
  });

  it("stores only a salted slow hash of the password", async () => {
    await createUser({ email: "op@example.com", password: "operator password", role: "operator" });
    const row = await store.db!.user.findUniqueOrThrow({ where: { email: "op@example.com" } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("operator password", row.passwordHash!)).toBe(true);
    expect(await verifyPassword("wrong", row.passwordHash!)).toBe(false);
  });

  it("refuses a duplicate e-mail and keeps the existing user intact", async () => {
    const before = await listUsers();
    await expect(createUser({ email: "op@example.com", password: "another password", role: "admin" })).rejects.toBeInstanceOf(MutationRefused);
    expect(await listUsers()).toEqual(before);
  });

  it("never demotes the only admin", async () => {
    const admin = (await listUsers()).find((u) => u.role === "admin")!;
    const refusal = await changeRole({ userId: admin.id, role: "viewer" }).catch((e: MutationRefused) => e);
    expect(refusal).toBeInstanceOf(MutationRefused);
    expect((refusal as MutationRefused).status).toBe(409);
    const op = (await listUsers()).find((u) => u.email === "op@example.com")!;
    await changeRole({ userId: op.id, role: "admin" });
    expect(await changeRole({ userId: admin.id, role: "viewer" })).toMatchObject({ from: "admin", to: "viewer" });
  });
});
