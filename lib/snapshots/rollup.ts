/** What a reading measures, and what an hour of readings keeps of it. */
type Measures = {
  readinessScore: number | null;
  sentLast24Hours: number | null;
  max24HourSend: number | null;
  maxSendRate: number | null;
  production: boolean | null;
  sendingEnabled: boolean | null;
  enforcementStatus: string | null;
};

export type RawReading = Measures & { takenAt: Date; ok: boolean };
export type HourRollup = Measures & { hour: Date; day: string; readings: number; failures: number };

const HOUR = 3_600_000;
export const hourOf = (d: Date) => new Date(Math.floor(d.getTime() / HOUR) * HOUR);

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

/**
 * One hour of readings in one row: the mean score, the peak usage and quota,
 * and the state at the end of the hour (the last good reading's).
 */
export function rollupHour(hour: Date, readings: RawReading[]): HourRollup {
  const good = readings.filter((r) => r.ok).sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  const last = good.at(-1);
  return {
    hour,
    day: hour.toISOString().slice(0, 10),
    readings: readings.length,
    failures: readings.length - good.length,
    readinessScore: mean(nums(good.map((r) => r.readinessScore))),
    sentLast24Hours: max(nums(good.map((r) => r.sentLast24Hours))),
    max24HourSend: max(nums(good.map((r) => r.max24HourSend))),
    maxSendRate: max(nums(good.map((r) => r.maxSendRate))),
    production: last?.production ?? null,
    sendingEnabled: last?.sendingEnabled ?? null,
    enforcementStatus: last?.enforcementStatus ?? null,
  };
}
