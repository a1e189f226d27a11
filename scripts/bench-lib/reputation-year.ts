// A year of 5-minute reputation points for one region, deterministic per seed: about 20 sends per period, a
// 1 % bounce rate with an hour-long 7 % spike every ~35 days. Shared by the in-memory and the database benchmarks.
import type { ReputationPoint } from "../../lib/reputation/reputation-series";

/** The regions the database benchmark seeds and the server benchmark watches. */
export const BENCH_REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];
export const FIVE_MIN = 300_000;
export const YEAR_POINTS = 365 * 288;

export function reputationYear(seed: number, endMs: number): ReputationPoint[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: YEAR_POINTS }, (_, i) => {
    const send = Math.round(10 + 20 * rand());
    const rate = i % 10_000 < 12 ? 0.07 : 0.01 * (0.8 + 0.4 * rand());
    const bounce = Math.round(send * rate);
    return {
      t: endMs - (YEAR_POINTS - i) * FIVE_MIN,
      bounceRate: rate,
      bounceRateMax: rate,
      complaintRate: 0.0005,
      complaintRateMax: 0.0006,
      send,
      delivery: send - bounce,
      bounce,
      complaint: 0,
      reject: 0,
    };
  });
}
