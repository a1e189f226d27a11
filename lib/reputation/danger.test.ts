import { describe, expect, it } from "vitest";
import { evaluateReadiness } from "../readiness/evaluate-readiness";
import { ok, sampleAccount, sampleState } from "../readiness/sample-state";
import { assessDanger, runStart, worstDanger } from "./danger";

const AT = "2026-12-07T12:00:00.000Z";
const healthy = { sendingEnabled: true, enforcementStatus: "HEALTHY", at: AT };
const rates = (bounce: number, complaint: number, sends = 5000) => ({
  sends,
  bounce: { value: bounce, at: AT },
  complaint: { value: complaint, at: AT },
});

describe("danger level", () => {
  it("is none for healthy rates and status", () => {
    expect(assessDanger({ at: AT, account: healthy, rates: rates(0.01, 0.0002) })).toEqual({ level: "none", reasons: [], at: AT });
  });

  it("12% bounces and 0.6% complaints on a HEALTHY account are at pause level, both named with value, level and threshold", () => {
    const d = assessDanger({ at: AT, account: healthy, rates: rates(0.12, 0.006) });
    expect(d.level).toBe("pause");
    expect(d.reasons.map((r) => [r.metric, r.value, r.level, r.threshold])).toEqual([
      ["bounce-rate", 0.12, "pause", 0.1],
      ["complaint-rate", 0.006, "pause", 0.005],
    ]);
    expect(d.reasons[0]!.text).toContain("12.00%");
    expect(d.reasons[0]!.since).toBe(AT);
  });

  it("review at exactly 5% bounces (3 of 60 counts) and at 0.1% complaints", () => {
    expect(assessDanger({ at: AT, rates: rates(3 / 60, 0) }).level).toBe("review");
    expect(assessDanger({ at: AT, rates: rates(0, 0.001) }).level).toBe("review");
    expect(assessDanger({ at: AT, rates: rates(0.0499, 0.00099) }).level).toBe("none");
  });

  it("applies the minimum-volume rule: a 50% rate over 40 messages is not a verdict", () => {
    expect(assessDanger({ at: AT, rates: { ...rates(0.5, 0.5, 40), minVolume: 100 } }).level).toBe("none");
    expect(assessDanger({ at: AT, rates: { ...rates(0.5, 0, 150), minVolume: 100 } }).level).toBe("pause");
  });

  it("PROBATION is review, SHUTDOWN and disabled sending are paused, an unknown new status is never healthy", () => {
    expect(assessDanger({ at: AT, account: { ...healthy, enforcementStatus: "PROBATION" } }).level).toBe("review");
    expect(assessDanger({ at: AT, account: { ...healthy, enforcementStatus: "SHUTDOWN" } }).level).toBe("paused");
    expect(assessDanger({ at: AT, account: { ...healthy, sendingEnabled: false } }).reasons[0]).toMatchObject({
      metric: "sending",
      level: "paused",
    });
    expect(assessDanger({ at: AT, account: { ...healthy, enforcementStatus: "SOMETHING_NEW" } }).level).toBe("review");
  });

  it("paused outranks a rate at pause level, and comes first", () => {
    const d = assessDanger({ at: AT, account: { ...healthy, sendingEnabled: false }, rates: rates(0.12, 0) });
    expect(d.level).toBe("paused");
    expect(d.reasons.map((r) => r.metric)).toEqual(["sending", "bounce-rate"]);
  });

  it("since: the start of the current run above the level, kept from the previous reading while it holds", () => {
    const h = 3_600_000;
    const t0 = Date.parse(AT) - 5 * h;
    const points = [0.01, 0.06, 0.11, null, 0.12, 0.12].map((value, i) => ({ t: t0 + i * h, value }));
    expect(runStart(points, 0.1)).toBe(t0 + 2 * h);
    expect(runStart(points, 0.05)).toBe(t0 + h);
    expect(runStart([...points, { t: t0 + 6 * h, value: 0.01 }], 0.1)).toBeNull();

    const first = assessDanger({ at: AT, rates: { sends: 5000, bounce: { value: 0.12, at: AT, points } } });
    expect(first.reasons[0]!.since).toBe(new Date(t0 + 2 * h).toISOString());
    const earlier = { ...first, reasons: [{ ...first.reasons[0]!, since: "2026-12-01T00:00:00.000Z" }] };
    const next = assessDanger({ at: AT, rates: rates(0.07, 0), previous: earlier });
    expect(next.reasons[0]).toMatchObject({ level: "review", since: "2026-12-01T00:00:00.000Z" });
    // A reason that is new at this level starts now, whatever an easier level did before.
    const worse = assessDanger({
      at: AT,
      rates: rates(0.12, 0),
      previous: { level: "review", at: AT, reasons: [{ ...first.reasons[0]!, level: "review", since: "2026-12-01T00:00:00.000Z" }] },
    });
    expect(worse.reasons[0]!.since).toBe(AT);
  });

  it("worstDanger picks the region at the highest level", () => {
    const none = { region: "a", danger: assessDanger({ at: AT }) };
    const review = { region: "b", danger: assessDanger({ at: AT, rates: rates(0.06, 0) }) };
    const paused = { region: "c", danger: assessDanger({ at: AT, account: { ...healthy, enforcementStatus: "SHUTDOWN" } }) };
    expect(worstDanger([none, review, paused])?.region).toBe("c");
    expect(worstDanger([none])).toBeNull();
  });
});

describe("the checklist under danger", () => {
  const spike = sampleState({
    account: sampleAccount({ production: true, quota: { max24Hour: 50000, maxSendRate: 14, sentLast24Hours: 5000 } }),
    reputation: ok({ bounceRate: 0.12, complaintRate: 0.006, sends: 5000, windowHours: 24 }),
  });

  it("carries the danger, is not ready, and puts the rates first among next actions", () => {
    const r = evaluateReadiness(spike);
    expect(r.danger?.level).toBe("pause");
    expect(r.ready).toBe(false);
    expect(r.nextActions.slice(0, 2).map((c) => c.id)).toEqual(["monitoring.bounce-rate", "monitoring.complaint-rate"]);
  });

  it("sending paused outranks everything", () => {
    const r = evaluateReadiness({ ...spike, account: sampleAccount({ production: true, sendingEnabled: false }) });
    expect(r.danger?.level).toBe("paused");
    expect(r.nextActions[0]!.id).toBe("monitoring.account-health");
  });

  it("a healthy account with open to-dos has no danger and is not blocked", () => {
    const r = evaluateReadiness(sampleState());
    expect(r.danger?.level).toBe("none");
    expect(r.ready).toBe(true);
  });

  it("uses the configured minimum volume", () => {
    const low = sampleState({ reputation: ok({ bounceRate: 0.2, complaintRate: 0, sends: 300, windowHours: 24, minVolume: 500 }) });
    const r = evaluateReadiness(low);
    expect(r.danger?.level).toBe("none");
    expect(r.checks.find((c) => c.id === "monitoring.bounce-rate")?.status).toBe("unknown");
  });
});
