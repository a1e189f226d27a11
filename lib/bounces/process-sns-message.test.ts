import { describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/databases";
import { useTestDatabase } from "../../test/use-test-database";
import { processSnsMessage } from "./process-sns-message";

describe.each(databaseKinds())("processSnsMessage's claim (%s)", (kind) => {
  const store = useTestDatabase(kind);

  it("skips a message another worker holds or finished, and an id that is not stored", async () => {
    const body = JSON.stringify({ Type: "UnsubscribeConfirmation" });
    const row = (messageId: string, status: string) =>
      store.db!.snsMessage.create({
        data: { messageId, topicArn: "arn:aws:sns:us-east-1:111122223333:t", type: "Notification", body, status },
        select: { id: true },
      });
    const [held, done] = await Promise.all([row("held", "processing"), row("done", "processed")]);
    expect(await processSnsMessage(held.id)).toBe("skipped");
    expect(await processSnsMessage(done.id)).toBe("skipped");
    expect(await processSnsMessage("no-such-id")).toBe("skipped");
    expect((await store.db!.snsMessage.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("processing");
  });

  it("claims a received message once: a second worker skips it", async () => {
    const { id } = await store.db!.snsMessage.create({
      data: { messageId: "fresh", topicArn: "arn:aws:sns:us-east-1:111122223333:t", type: "Notification", body: "{}" },
      select: { id: true },
    });
    const results = await Promise.all([processSnsMessage(id), processSnsMessage(id)]);
    expect(results.filter((r) => r === "skipped")).toHaveLength(1);
    expect((await store.db!.snsMessage.findUniqueOrThrow({ where: { id } })).status).not.toBe("received");
  });
});
