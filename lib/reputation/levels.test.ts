import { describe, expect, it } from "vitest";
import { classifyRate, levelOf, nextThreshold, RATE_LEVELS } from "./levels";

describe("classifyRate", () => {
  it("puts exactly 5 % bounce under review and exactly 10 % at risk (the FAQ's 'or greater')", () => {
    expect(classifyRate("bounce", 0.0499, 1000)).toBe("healthy");
    expect(classifyRate("bounce", 0.05, 1000)).toBe("review");
    expect(classifyRate("bounce", 3 / 60, 1000)).toBe("review");
    expect(classifyRate("bounce", 0.0999, 1000)).toBe("review");
    expect(classifyRate("bounce", 0.1, 1000)).toBe("at-risk");
    expect(classifyRate("bounce", 0.5, 1000)).toBe("at-risk");
  });

  it("puts exactly 0.1 % complaint under review and exactly 0.5 % at risk", () => {
    expect(classifyRate("complaint", 0.00099, 5000)).toBe("healthy");
    expect(classifyRate("complaint", 0.001, 5000)).toBe("review");
    expect(classifyRate("complaint", 1 / 1000, 5000)).toBe("review");
    expect(classifyRate("complaint", 0.0049, 5000)).toBe("review");
    expect(classifyRate("complaint", 0.005, 5000)).toBe("at-risk");
    expect(classifyRate("complaint", 5 / 1000, 5000)).toBe("at-risk");
  });

  it("gives no verdict without sends or below the minimum volume", () => {
    expect(classifyRate("bounce", 0, 0)).toBe("not-enough-volume");
    expect(classifyRate("bounce", 0.2, 99)).toBe("not-enough-volume");
    expect(classifyRate("bounce", 0.2, 100)).toBe("at-risk");
    expect(classifyRate("bounce", 0.2, 10, 10)).toBe("at-risk");
    expect(classifyRate("complaint", null, 10_000)).toBe("not-enough-volume");
    expect(classifyRate("complaint", Number.NaN, 10_000)).toBe("not-enough-volume");
  });
});

describe("levels as data", () => {
  it("orders thresholds and names the next one", () => {
    for (const l of Object.values(RATE_LEVELS)) expect(l.review).toBeLessThan(l.atRisk);
    expect(nextThreshold("bounce", "healthy")).toEqual({ level: "review", value: 0.05 });
    expect(nextThreshold("complaint", "review")).toEqual({ level: "at-risk", value: 0.005 });
    expect(nextThreshold("bounce", "at-risk")).toBeNull();
    expect(levelOf("complaint", 0)).toBe("healthy");
  });
});
