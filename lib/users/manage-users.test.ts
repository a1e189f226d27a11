import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { verifyPassword } from "../auth/password";
import { MutationRefused } from "../auth/mutation";
import { createFirstAdmin, hasAnyUser } from "./first-admin";
import { changeRole, createUser, listUsers, removeUser, setDisabled } from "./manage-users";

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
    await expect(createUser({ email: "op@example.com", password: "another password", role: "admin" })).rejects.toBeInstanceOf(
      MutationRefused,
    );
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

  it("never disables or removes the last enabled admin, nor lets an admin lock themselves out", async () => {
    const first = (await listUsers()).find((u) => u.role === "admin");
    const second = await createUser({ email: "second@example.com", password: "second admin password", role: "viewer" });
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: MutationRefused) => e.status,
      );
    expect(await refused(setDisabled({ userId: first!.id, disabled: true }, { id: second!.id }))).toBe(409);
    expect(await refused(removeUser({ userId: first!.id }, { id: second!.id }))).toBe(409);
    expect(await refused(setDisabled({ userId: first!.id, disabled: true }, { id: first!.id }))).toBe(409);
    expect(await refused(removeUser({ userId: "no-such-user" }, { id: first!.id }))).toBe(404);
    // A disabled admin does not count as the other admin.
    await changeRole({ userId: second!.id, role: "admin" });
    await setDisabled({ userId: second!.id, disabled: true }, { id: first!.id });
    expect(await refused(changeRole({ userId: first!.id, role: "viewer" }))).toBe(409);
    expect((await listUsers()).find((u) => u.id === second!.id)).toMatchObject({ disabled: true });
    await setDisabled({ userId: second!.id, disabled: false }, { id: first!.id });
  });

  it("of two admins disabling each other at the same moment, one is refused", async () => {
    const admins = (await listUsers()).filter((u) => u.role === "admin" && !u.disabled);
    expect(admins).toHaveLength(2);
    const [a, b] = [admins[0]!, admins[1]!];
    const results = await Promise.allSettled([
      setDisabled({ userId: a.id, disabled: true }, b),
      setDisabled({ userId: b.id, disabled: true }, a),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await store.db!.user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
  });
});
