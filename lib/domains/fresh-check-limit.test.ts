import { describe, expect, it } from "vitest";
import { claimFreshCheck } from "./fresh-check-limit";

describe("claimFreshCheck", () => {
  it("allows one fresh check per domain and region every 10 seconds", () => {
    const t = 1_000_000;
    expect(claimFreshCheck("us-east-1", "a.example", t)).toBe(0);
    expect(claimFreshCheck("us-east-1", "a.example", t + 1_500)).toBe(9);
    expect(claimFreshCheck("us-east-1", "b.example", t + 1_500)).toBe(0);
    expect(claimFreshCheck("eu-west-1", "a.example", t + 1_500)).toBe(0);
    expect(claimFreshCheck("us-east-1", "a.example", t + 10_000)).toBe(0);
  });
});
