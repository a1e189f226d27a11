import { describe, expect, it } from "vitest";
import { leastSquaresSlope, rateTrend } from "./rate-trend";

const H = 3_600_000;
const NOW = Date.UTC(2026, 10, 28, 12);
const hourly = (f: (hoursAgo: number) => number | null, hours = 24) =>
  Array.from({ length: hours }, (_, i) => ({ t: NOW - (hours - 1 - i) * H, v: f(hours - 1 - i) }));

describe("leastSquaresSlope", () => {
  it("recovers the slope of a line per day", () => {
    const pts = [0, 1, 2, 3].map((d) => ({ t: d * 86_400_000, v: 0.01 + 0.002 * d }));
    expect(leastSquaresSlope(pts)).toBeCloseTo(0.002, 12);
    expect(leastSquaresSlope([{ t: 0, v: 1 }])).toBeNull();
    expect(
      leastSquaresSlope([
        { t: 5, v: 1 },
        { t: 5, v: 2 },
      ]),
    ).toBeNull();
  });
});

describe("rateTrend", () => {
  it("projects when a rising bounce rate reaches 5 % from its latest value", () => {
    // +0.1 percentage point per hour, now at 3 %: 20 more hours to 5 %.
    const t = rateTrend(
      "bounce",
      hourly((h) => 0.03 - 0.001 * h),
      { nowMs: NOW },
    );
    expect(t.direction).toBe("rising");
    expect(t.slopePerDay).toBeCloseTo(0.024, 10);
    expect(t.latest).toMatchObject({ value: 0.03, level: "healthy" });
    expect(t.crossing?.level).toBe("review");
    expect(t.crossing?.threshold).toBe(0.05);
    expect(t.crossing!.inMs / H).toBeCloseTo(20, 6);
  });

  it("projects the at-risk level once under review", () => {
    const t = rateTrend(
      "complaint",
      hourly((h) => 0.002 - 0.0001 * h),
      { nowMs: NOW },
    );
    expect(t.latest?.level).toBe("review");
    expect(t.crossing?.level).toBe("at-risk");
    expect(t.crossing!.inMs / H).toBeCloseTo(30, 6);
  });

  it("says flat for noise-sized change and falling for a drop, with no crossing", () => {
    const flat = rateTrend(
      "bounce",
      hourly((h) => 0.02 + (h % 2 === 0 ? 1e-5 : -1e-5)),
      { nowMs: NOW },
    );
    expect(flat.direction).toBe("flat");
    expect(flat.crossing).toBeNull();
    const falling = rateTrend(
      "bounce",
      hourly((h) => 0.02 + 0.001 * h),
      { nowMs: NOW },
    );
    expect(falling.direction).toBe("falling");
    expect(falling.crossing).toBeNull();
  });

  it("reports rising without a crossing when already at risk, and unknown with too few points", () => {
    expect(
      rateTrend(
        "bounce",
        hourly((h) => 0.2 - 0.01 * h),
        { nowMs: NOW },
      ),
    ).toMatchObject({ direction: "rising", crossing: null });
    const sparse = rateTrend(
      "bounce",
      hourly((h) => (h < 2 ? 0.01 : null)),
      { nowMs: NOW },
    );
    expect(sparse).toMatchObject({ direction: "unknown", pointsUsed: 2, crossing: null });
  });

  it("uses only the recent window and skips gaps", () => {
    // Old points fall steeply; the last 6 hours rise.
    const pts = hourly((h) => (h >= 6 ? 0.09 : h === 3 ? null : 0.01 + 0.001 * (5 - h)));
    const t = rateTrend("bounce", pts, { nowMs: NOW, windowMs: 6 * H });
    expect(t.pointsUsed).toBe(5);
    expect(t.direction).toBe("rising");
  });
});
