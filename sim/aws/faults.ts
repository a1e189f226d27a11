import { activeStore, type SimStore } from "./state";

export type Faults = {
  /** Fraction of calls answered with the service's throttling error. */
  throttleFraction: number;
  /** Fraction of calls answered with 500 InternalFailure. */
  errorFraction: number;
  /** Delay before every answer. */
  latencyMs: number;
  /** Regions whose calls are cut off (socket destroyed) after the latency. */
  downRegions: string[];
};

export const defaultFaults = (): Faults => ({ throttleFraction: 0, errorFraction: 0, latencyMs: 0, downRegions: [] });

export function setFaults(faults: Partial<Faults>, store: SimStore = activeStore()): Faults {
  const f = store.faults;
  if (typeof faults.throttleFraction === "number") f.throttleFraction = clamp01(faults.throttleFraction);
  if (typeof faults.errorFraction === "number") f.errorFraction = clamp01(faults.errorFraction);
  if (typeof faults.latencyMs === "number") f.latencyMs = Math.max(0, faults.latencyMs);
  if (Array.isArray(faults.downRegions)) f.downRegions = faults.downRegions.filter((r) => typeof r === "string");
  return { ...f };
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

export type FaultDecision = "down" | "throttle" | "error" | "none";

/** Down beats throttle beats error, so a fraction of 1 is predictable in tests. */
export function decideFault(f: Faults, region: string | undefined, rand: () => number = Math.random): FaultDecision {
  if (region && f.downRegions.includes(region)) return "down";
  if (f.throttleFraction > 0 && rand() < f.throttleFraction) return "throttle";
  if (f.errorFraction > 0 && rand() < f.errorFraction) return "error";
  return "none";
}
