import { leastSquaresSlope } from "../reputation/rate-trend";

export type DailyUsage = { day: string; sent: number; quota: number };
export type QuotaProjection =
  | { kind: "reaches"; on: string; daysLeft: number; slopePerDay: number }
  | { kind: "not-rising"; slopePerDay: number | null }
  | { kind: "at-quota" }
  | { kind: "not-enough-data" };

const DAY = 86_400_000;

/**
 * When daily usage, at the trend of the last `window` days (least squares),
 * reaches the daily quota. A flat or falling trend reaches it never.
 */
export function projectQuota(days: DailyUsage[], window = 14): QuotaProjection {
  const recent = days.slice(-window);
  const last = recent.at(-1);
  if (!last || recent.length < 3 || last.quota <= 0) return { kind: "not-enough-data" };
  if (last.sent >= last.quota) return { kind: "at-quota" };
  const points = recent.map((d) => ({ t: Date.parse(`${d.day}T00:00:00Z`), v: d.sent }));
  const slope = leastSquaresSlope(points);
  if (slope === null || slope <= 0) return { kind: "not-rising", slopePerDay: slope };
  // Fitted value at the last day, so one noisy day does not move the date much.
  const meanT = points.reduce((a, p) => a + p.t, 0) / points.length;
  const meanV = points.reduce((a, p) => a + p.v, 0) / points.length;
  const lastT = points.at(-1)!.t;
  const fitted = meanV + (slope * (lastT - meanT)) / DAY;
  const daysLeft = Math.max(0, Math.ceil((last.quota - fitted) / slope));
  return { kind: "reaches", on: new Date(lastT + daysLeft * DAY).toISOString().slice(0, 10), daysLeft, slopePerDay: slope };
}
