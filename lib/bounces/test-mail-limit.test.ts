import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { TEST_MAIL_LIMIT, testMailWait } from "./test-mail-limit";

describe.each(databaseKinds())("testMailWait (%s)", (kind) => {
  const store = useTestDatabase(kind);
  const now = new Date(Date.UTC(2026, 10, 1, 12, 0, 0));
  const sent = (by: string, minutesAgo: number) =>
    store.db!.testSend.create({
      data: {
        region: "us-east-1",
        fromAddress: "a@x.example",
        toAddress: "success@simulator.amazonses.com",
        status: "sent",
        createdBy: by,
        createdAt: new Date(now.getTime() - minutesAgo * 60_000),
      },
    });

  it("lets an operator send 10 test messages in 10 minutes, then says how long to wait", async () => {
    await sent("op@example.com", 30);
    for (let i = 0; i < TEST_MAIL_LIMIT.count - 1; i++) await sent("op@example.com", 9 - i * 0.5);
    expect(await testMailWait("op@example.com", now)).toBe(0);
    await sent("op@example.com", 1);
    // The oldest of the ten, sent 9 minutes ago, leaves the window in 60 s.
    expect(await testMailWait("op@example.com", now)).toBe(60);
    expect(await testMailWait("someone-else@example.com", now)).toBe(0);
  });
});
