import { describe, expect, it } from "vitest";
import type { Danger } from "../reputation/danger";
import { readinessGate } from "./gate";
import type { Check, ReadinessResult } from "./types";

const at = "2026-01-01T00:00:00.000Z";
const check = (id: string, status: Check["status"]): Check => ({
  id,
  group: "prerequisites",
  title: id,
  status,
  summary: "",
  evidence: [],
  why: "",
  weight: 1,
});
const result = (score: number, checks: Check[], ready = true): ReadinessResult => ({
  region: "us-east-1",
  evaluatedAt: at,
  score,
  checks,
  nextActions: [],
  ready,
});
const healthy: Danger = { level: "none", reasons: [], at };
const pause: Danger = {
  level: "pause",
  at,
  reasons: [{ metric: "bounce-rate", value: 0.12, level: "pause", threshold: 0.1, since: at, text: "Bounce rate 12.00%." }],
};

describe("readinessGate", () => {
  it("passes with every item done or a warning, and fails on an open item", () => {
    expect(readinessGate({ readiness: result(90, [check("a", "done"), check("b", "warning")]), danger: healthy })).toEqual({
      pass: true,
      reasons: [],
    });
    expect(readinessGate({ readiness: result(80, [check("a", "done"), check("b", "todo")]), danger: healthy })).toEqual({
      pass: false,
      reasons: ["open: b (b)"],
    });
  });

  it("with --min-score, judges the score instead of the open items", () => {
    const r = result(80, [check("a", "done"), check("b", "todo")]);
    expect(readinessGate({ readiness: r, danger: healthy }, 70).pass).toBe(true);
    expect(readinessGate({ readiness: r, danger: healthy }, 81)).toEqual({ pass: false, reasons: ["score 80 is below 81"] });
  });

  it("fails at pause level whatever the score, with or without --min-score", () => {
    const r = result(99, [check("a", "done")], false);
    expect(readinessGate({ readiness: r, danger: pause }, 10)).toEqual({ pass: false, reasons: ["At pause level: Bounce rate 12.00%."] });
    expect(readinessGate({ readiness: r, danger: healthy }).pass).toBe(false);
  });

  it("cannot judge without a checklist", () => {
    expect(readinessGate({ readiness: null, danger: healthy }).pass).toBeNull();
  });
});
