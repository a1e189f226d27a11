import { describe, expect, it } from "vitest";
import { countedSoftBounces } from "./soft-bounce-history";
import { assessPipeline, diffSuppressionLists } from "./pipeline-health";
import { suppressionsCsv } from "./suppression-csv";

const now = new Date("2026-11-28T12:00:00Z");

describe("assessPipeline", () => {
  it("is silent when messages went out and nothing came back within the window", () => {
    expect(assessPipeline({ sends: 120, silenceHours: 6, now })).toMatchObject({
      status: "silent",
      detail: expect.stringMatching(/^120 messages .* 6 hours.* ever\./),
    });
    const stale = assessPipeline({ sends: 3, lastProcessedAt: new Date("2026-11-28T05:59:00Z"), silenceHours: 6, now });
    expect(stale).toMatchObject({ status: "silent", detail: expect.stringContaining("since 2026-11-28 05:59 UTC") });
  });
  it("is fine with a recent notification, idle without sends, and expects nothing without a subscription", () => {
    expect(assessPipeline({ sends: 500, lastProcessedAt: new Date("2026-11-28T06:00:00Z"), silenceHours: 6, now }).status).toBe("ok");
    expect(assessPipeline({ sends: 0, silenceHours: 6, now }).status).toBe("idle");
    expect(assessPipeline({ sends: 500, silenceHours: 6, now, subscribed: false }).status).toBe("unwatched");
  });
});

describe("diffSuppressionLists", () => {
  it("finds differences both ways, ignoring case and simulator addresses kept only here", () => {
    expect(diffSuppressionLists(["A@x.org", "b@x.org", "bounce@simulator.amazonses.com"], ["a@x.org", "c@x.org"])).toEqual({
      onlyHere: ["b@x.org"],
      onlyInSes: ["c@x.org"],
      inBoth: 1,
    });
  });
});

describe("suppressionsCsv", () => {
  it("quotes commas and quotes and defuses formulas", () => {
    const csv = suppressionsCsv([
      {
        address: "a@x.org",
        reason: "hard-bounce",
        detail: 'Hard bounce (General, "5.1.1")',
        createdAt: now,
        investigateBy: null,
        pushedToSesAt: null,
      },
      { address: "=cmd@x.org", reason: "complaint", detail: null, createdAt: now, investigateBy: now, pushedToSesAt: now },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "address,reason,detail,suppressed_at,investigate_by,pushed_to_ses_at",
      'a@x.org,hard-bounce,"Hard bounce (General, ""5.1.1"")",2026-11-28T12:00:00.000Z,,',
      "'=cmd@x.org,complaint,,2026-11-28T12:00:00.000Z,2026-11-28T12:00:00.000Z,2026-11-28T12:00:00.000Z",
      "",
    ]);
  });
});

describe("countedSoftBounces", () => {
  it("counts real soft bounces only: not auto-replies, not content problems, not hard bounces", () => {
    const at = (h: number) => new Date(now.getTime() - h * 3_600_000);
    const rows = [
      { occurredAt: at(1), bounceType: "Transient", bounceSubType: "MailboxFull", diagnostic: "smtp; 452" },
      { occurredAt: at(2), bounceType: "Transient", bounceSubType: "General", diagnostic: null },
      { occurredAt: at(3), bounceType: "Transient", bounceSubType: "MessageTooLarge", diagnostic: "smtp; 552" },
      { occurredAt: at(4), bounceType: "Permanent", bounceSubType: "General", diagnostic: "smtp; 550" },
      { occurredAt: at(5), bounceType: "Transient", bounceSubType: "General", diagnostic: "status 4.4.7" },
    ];
    expect(countedSoftBounces(rows)).toEqual([at(1), at(5)]);
  });
});
