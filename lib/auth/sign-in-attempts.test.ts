import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { createUser } from "../users/manage-users";
import { authorizePassword, SignInRefused } from "./authorize-password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./rate-limit-policy";

/** Runs the attempts at once; counts those whose password was checked (null) and those refused by the limit. */
async function inParallel(attempts: Array<{ email: string; password: string; ip: string }>) {
  const outcomes = await Promise.all(
    attempts.map((a) =>
      authorizePassword(a, a.ip).then(
        (u) => (u ? "signed-in" : "checked"),
        (e: unknown) => (e instanceof SignInRefused ? "refused" : Promise.reject(e)),
      ),
    ),
  );
  return {
    checked: outcomes.filter((o) => o === "checked").length,
    refused: outcomes.filter((o) => o === "refused").length,
    signedIn: outcomes.filter((o) => o === "signed-in").length,
  };
}

describe.each(databaseKinds())("sign-in limits on %s", (kind) => {
  useTestDatabase(kind);

  it("checks at most the allowed number of passwords when one account is tried in parallel", async () => {
    await createUser({ email: "target@example.com", password: "the real password", role: "admin" });
    const guesses = Array.from({ length: 12 }, (_, i) => ({ email: "target@example.com", password: `guess ${i}`, ip: `10.0.0.${i}` }));
    const { checked, refused } = await inParallel(guesses);
    // Parallel attempts may be refused a little early, never late.
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(refused).toBe(12 - checked);
    // Even the right password is refused now.
    expect((await inParallel([{ email: "target@example.com", password: "the real password", ip: "10.9.9.9" }])).refused).toBe(1);
  }, 120_000);

  it("checks at most the allowed number of passwords from one address in parallel", async () => {
    const spray = Array.from({ length: 27 }, (_, i) => ({ email: `nobody${i}@example.com`, password: "Winter2026!", ip: "192.0.2.7" }));
    const { checked, refused } = await inParallel(spray);
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ADDRESS);
    expect(refused).toBe(27 - checked);
  }, 120_000);

  it("forgives earlier failures after a success", async () => {
    await createUser({ email: "forgetful@example.com", password: "remembered at last", role: "viewer" });
    const wrong = Array.from({ length: MAX_FAILURES_PER_ACCOUNT - 1 }, (_, i) => ({
      email: "forgetful@example.com",
      password: `nope ${i}`,
      ip: "198.51.100.1",
    }));
    expect((await inParallel(wrong)).checked).toBe(MAX_FAILURES_PER_ACCOUNT - 1);
    expect((await inParallel([{ email: "forgetful@example.com", password: "remembered at last", ip: "198.51.100.1" }])).signedIn).toBe(1);
    expect((await inParallel(wrong)).checked).toBe(MAX_FAILURES_PER_ACCOUNT - 1);
  }, 120_000);
});
