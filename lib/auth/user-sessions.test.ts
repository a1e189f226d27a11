import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { createUser, removeUser, setDisabled } from "../users/manage-users";
import { endSession, SESSION_HOURS, sessionUser, startSession } from "./user-sessions";

describe.each(databaseKinds())("sessions on %s", (kind) => {
  const store = useTestDatabase(kind);
  const admin = { id: "someone-else" };

  it("a cookie names a live session until it is signed out; a copy is refused after that", async () => {
    const user = await createUser({ email: "s@example.com", password: "a long password", role: "operator" });
    const sid = await startSession(user.id);
    const other = await startSession(user.id);
    expect(await sessionUser({ uid: user.id, sid })).toMatchObject({ id: user.id, role: "operator" });
    await endSession(sid);
    expect(await sessionUser({ uid: user.id, sid })).toBeNull();
    // Signing out in one browser leaves the others signed in.
    expect(await sessionUser({ uid: user.id, sid: other })).not.toBeNull();
  });

  it("refuses a cookie without a session, for another user, or past the session's lifetime", async () => {
    const user = await createUser({ email: "t@example.com", password: "a long password", role: "viewer" });
    const sid = await startSession(user.id);
    expect(await sessionUser({ uid: user.id })).toBeNull();
    expect(await sessionUser({ uid: "another", sid })).toBeNull();
    expect(await sessionUser(null)).toBeNull();
    expect(await sessionUser({ uid: user.id, sid }, new Date(Date.now() + SESSION_HOURS * 3600_000 + 1000))).toBeNull();
  });

  it("disabling ends every session at once, and enabling revives none", async () => {
    const user = await createUser({ email: "d@example.com", password: "a long password", role: "operator" });
    const sid = await startSession(user.id);
    await setDisabled({ userId: user.id, disabled: true }, admin);
    expect(await sessionUser({ uid: user.id, sid })).toBeNull();
    await setDisabled({ userId: user.id, disabled: false }, admin);
    expect(await sessionUser({ uid: user.id, sid })).toBeNull();
    expect(await sessionUser({ uid: user.id, sid: await startSession(user.id) })).not.toBeNull();
  });

  it("removing a user removes their sessions", async () => {
    const user = await createUser({ email: "r@example.com", password: "a long password", role: "viewer" });
    const sid = await startSession(user.id);
    await removeUser({ userId: user.id }, admin);
    expect(await sessionUser({ uid: user.id, sid })).toBeNull();
    expect(await store.db!.userSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("prunes expired sessions when a new one starts", async () => {
    const user = await createUser({ email: "p@example.com", password: "a long password", role: "viewer" });
    await startSession(user.id, new Date(Date.now() - 2 * SESSION_HOURS * 3600_000));
    await startSession(user.id);
    expect(await store.db!.userSession.count({ where: { userId: user.id } })).toBe(1);
  });
});
