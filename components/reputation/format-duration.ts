const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "about 5 hours", "about 3 days": a projection is rough, and says so. */
export function formatDuration(ms: number): string {
  if (ms < HOUR) return "less than an hour";
  if (ms < 2 * DAY) return `about ${Math.round(ms / HOUR)} hours`;
  return `about ${Math.round(ms / DAY)} days`;
}

export const utcMinute = (t: number | Date) => `${new Date(t).toISOString().replace("T", " ").slice(0, 16)} UTC`;

/** AWS's levels as AWS writes them: 5%, 10%, 0.1%, 0.5%. */
export const formatLevel = (v: number) => `${(v * 100).toFixed(v < 0.01 ? 1 : 0)}%`;
