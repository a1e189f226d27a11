import { describe, expect, it } from "vitest";
import { classifyRate } from "../reputation/levels";
import { detectAlerts, INITIAL_ALERT_STATE, type AlertState, type RegionReading } from "./detect-alerts";

let clock = 0;
type Extra = Partial<Pick<RegionReading, "sendingEnabled" | "enforcementStatus" | "reviewStatus" | "pipeline">> & {
  volume?: number;
  complaint?: number;
};
const reading = (bounce: number | null, { volume = 1000, complaint = 0, ...rest }: Extra = {}): RegionReading => ({
  region: "us-east-1",
  at: ++clock,
  bounce: { value: bounce, status: classifyRate("bounce", bounce, volume) },
  complaint: { value: complaint, status: classifyRate("complaint", complaint, volume) },
  sendingEnabled: true,
  enforcementStatus: "HEALTHY",
  reviewStatus: null,
  ...rest,
});

/** Feeds readings through detectAlerts as the collector would, storing the returned state each time. */
function run(readings: RegionReading[], start: AlertState | null = null) {
  let state = start;
  return readings.map((r) => {
    const out = detectAlerts(state, r);
    state = out.state;
    return out.alerts.map((a) => `${a.kind}:${a.metric ?? ""}:${a.from ?? ""}>${a.to ?? ""}:${a.severity}`);
  });
}

describe("detectAlerts", () => {
  it("raises once per crossing, not once per collection, and again after dropping below", () => {
    expect(run([reading(0.01), reading(0.06), reading(0.07), reading(0.065), reading(0.02), reading(0.055)])).toEqual([
      [],
      ["rate-level:bounce:healthy>review:warning"],
      [],
      [],
      ["rate-level:bounce:review>healthy:info"],
      ["rate-level:bounce:healthy>review:warning"],
    ]);
  });

  it("raises critical at the at-risk level, straight from healthy too", () => {
    expect(run([reading(0.12), reading(0.12), reading(0.08)])).toEqual([
      ["rate-level:bounce:healthy>at-risk:critical"],
      [],
      ["rate-level:bounce:at-risk>review:info"],
    ]);
    expect(run([reading(0.01, { complaint: 0.006 })])).toEqual([["rate-level:complaint:healthy>at-risk:critical"]]);
  });

  it("keeps the last verdict through readings with too little volume or no data", () => {
    expect(run([reading(0.06), reading(0.5, { volume: 3 }), reading(null), reading(0.06)])).toEqual([
      ["rate-level:bounce:healthy>review:warning"],
      [],
      [],
      [],
    ]);
  });

  it("alerts when sending is paused and resumed, and on each enforcement status change", () => {
    const out = run([
      reading(0.01),
      reading(0.01, { enforcementStatus: "PROBATION" }),
      reading(0.01, { enforcementStatus: "SHUTDOWN", sendingEnabled: false }),
      reading(0.01, { enforcementStatus: null, sendingEnabled: null }),
      reading(0.01, { enforcementStatus: "HEALTHY", sendingEnabled: true }),
    ]);
    expect(out).toEqual([
      [],
      ["enforcement-status::HEALTHY>PROBATION:warning"],
      ["sending-paused::>:critical", "enforcement-status::PROBATION>SHUTDOWN:critical"],
      [],
      ["sending-resumed::>:info", "enforcement-status::SHUTDOWN>HEALTHY:info"],
    ]);
  });

  it("follows the production-access review from the first reading on, without alerting on what it found at the start", () => {
    const out = run([
      reading(0.01, { reviewStatus: "DENIED" }),
      reading(0.01, { reviewStatus: "PENDING" }),
      reading(0.01, { reviewStatus: null }),
      reading(0.01, { reviewStatus: "GRANTED" }),
    ]);
    expect(out).toEqual([[], ["review-status::DENIED>PENDING:info"], [], ["review-status::PENDING>GRANTED:info"]]);
    expect(run([reading(0.01), reading(0.01, { reviewStatus: "DENIED" })])).toEqual([[], ["review-status::none>DENIED:warning"]]);
    // A state stored before reviews were followed has no reviewStatus: the next reading adopts it quietly.
    const older = { bounceLevel: "healthy", complaintLevel: "healthy", sendingEnabled: true, enforcementStatus: "HEALTHY" } as const;
    expect(run([reading(0.01, { reviewStatus: "GRANTED" })], older)).toEqual([[]]);
  });

  it("gives each alert a key that repeats for a re-run of the same reading", () => {
    const r = reading(0.2);
    const a = detectAlerts(null, r).alerts;
    expect(a.map((x) => x.key)).toEqual(detectAlerts(null, r).alerts.map((x) => x.key));
    expect(a[0]).toMatchObject({ region: "us-east-1", value: 0.2, at: r.at });
  });

  it("raises a silent notification pipeline once per crossing, ignores idle and unwatched readings, and notes its end", () => {
    const p = (status: "ok" | "silent" | "idle" | "unwatched") => ({
      pipeline: { status, sends: status === "idle" ? 0 : 120, silenceHours: 6 },
    });
    expect(
      run([
        reading(0.01, p("silent")),
        reading(0.01, p("silent")),
        reading(0.01, p("idle")),
        reading(0.01, p("silent")),
        reading(0.01, p("ok")),
        reading(0.01, p("unwatched")),
        reading(0.01, p("silent")),
      ]),
    ).toEqual([
      ["notifications-silent::>silent:warning"],
      [],
      [],
      [],
      ["notifications-resumed::>ok:info"],
      [],
      ["notifications-silent::>silent:warning"],
    ]);
    // A state stored before the pipeline was followed, and readings without it, change nothing.
    expect(run([reading(0.01), reading(0.01, p("ok"))], { ...INITIAL_ALERT_STATE })).toEqual([[], []]);
  });
});
