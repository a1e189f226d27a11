import { describe, expect, it } from "vitest";
import { testSendOutcome } from "./test-send-outcome";

const sent = new Date("2026-11-28T12:00:00Z");
const send = { status: "sent", sesMessageId: "m-1", createdAt: sent, error: null };
const event = (kind: string, s: number, patch: Record<string, string> = {}) => ({
  kind,
  sesMessageId: "m-1",
  receivedAt: new Date(sent.getTime() + s * 1000),
  bounceType: null,
  bounceSubType: null,
  complaintFeedbackType: null,
  recipient: "x@simulator.amazonses.com",
  ...patch,
});

describe("testSendOutcome", () => {
  it("waits for an event, and says so differently once it is overdue", () => {
    expect(testSendOutcome(send, [], new Date(sent.getTime() + 5_000))).toEqual({
      state: "waiting",
      overdue: false,
      label: "waiting for an event",
    });
    expect(testSendOutcome(send, [], new Date(sent.getTime() + 11 * 60_000))).toMatchObject({ state: "waiting", overdue: true });
  });

  it("matches by MessageId only, in arrival order, without send events", () => {
    const other = { ...event("bounce", 1), sesMessageId: "m-2" };
    const out = testSendOutcome(
      send,
      [event("complaint", 3, { complaintFeedbackType: "abuse" }), other, event("send", 0), event("delivery", 2)],
      sent,
    );
    expect(out).toMatchObject({ state: "events", label: "delivery, then complaint (abuse)" });
    expect(testSendOutcome(send, [event("bounce", 1, { bounceType: "Permanent", bounceSubType: "General" })], sent).label).toBe(
      "bounce (Permanent/General)",
    );
  });

  it("explains a failed send with the stored explanation's title", () => {
    const failed = { status: "failed", sesMessageId: null, createdAt: sent, error: JSON.stringify({ title: "Sending is paused." }) };
    expect(testSendOutcome(failed, [], sent)).toEqual({ state: "failed", label: "failed: Sending is paused." });
  });
});
