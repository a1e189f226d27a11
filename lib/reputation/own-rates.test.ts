import { describe, expect, it } from "vitest";
import { classifyRecipient, computeOwnRates, countRecipientEvents, type RecipientEvent } from "./own-rates";

const verified = ["example.com", "ops@other.example"];

describe("classifyRecipient", () => {
  it("leaves out the mailbox simulator and verified addresses and domains", () => {
    expect(classifyRecipient("bounce+x@simulator.amazonses.com", verified)).toBe("simulator");
    expect(classifyRecipient("Someone@Example.com", verified)).toBe("verified");
    expect(classifyRecipient("a@mail.example.com", verified)).toBe("verified");
    expect(classifyRecipient("ops@other.example", verified)).toBe("verified");
    expect(classifyRecipient("dev@other.example", verified)).toBe("counted");
    expect(classifyRecipient("a@notexample.com", verified)).toBe("counted");
  });
});

describe("countRecipientEvents", () => {
  it("counts hard bounces only, not suppression-list bounces, and sorts excluded recipients apart", () => {
    const events: RecipientEvent[] = [
      { type: "send", recipient: "a@customer.example" },
      { type: "send", recipient: "b@customer.example" },
      { type: "send", recipient: "bounce@simulator.amazonses.com" },
      { type: "bounce", recipient: "a@customer.example", bounceType: "Permanent", bounceSubType: "General" },
      { type: "bounce", recipient: "b@customer.example", bounceType: "Transient", bounceSubType: "MailboxFull" },
      { type: "bounce", recipient: "c@customer.example", bounceType: "Permanent", bounceSubType: "OnAccountSuppressionList" },
      { type: "bounce", recipient: "bounce@simulator.amazonses.com", bounceType: "Permanent" },
      { type: "complaint", recipient: "b@customer.example" },
    ];
    expect(countRecipientEvents(events, verified)).toEqual({
      counted: { sends: 2, hardBounces: 1, complaints: 1 },
      excluded: { sends: 1, hardBounces: 1, complaints: 0 },
    });
  });
});

describe("computeOwnRates", () => {
  it("computes fractions and classifies them at the boundaries", () => {
    expect(computeOwnRates({ sends: 1000, hardBounces: 50, complaints: 1 })).toEqual({
      volume: 1000,
      bounceRate: 0.05,
      complaintRate: 0.001,
      bounceStatus: "review",
      complaintStatus: "review",
    });
  });

  it("gives no rate without sends and no verdict below the minimum volume", () => {
    expect(computeOwnRates({ sends: 0, hardBounces: 0, complaints: 0 })).toMatchObject({
      bounceRate: null,
      bounceStatus: "not-enough-volume",
    });
    expect(computeOwnRates({ sends: 40, hardBounces: 20, complaints: 0 })).toMatchObject({
      bounceRate: 0.5,
      bounceStatus: "not-enough-volume",
    });
    expect(computeOwnRates({ sends: 40, hardBounces: 20, complaints: 0 }, 40).bounceStatus).toBe("at-risk");
  });
});
