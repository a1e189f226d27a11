import { UsageChart, type UsagePoint } from "@/components/charts/usage-chart";
import { Card } from "@/components/ui/card";
import { projectQuota, type DailyUsage } from "@/lib/snapshots/project-quota";

const DAY = 86_400_000;

function describe(days: DailyUsage[]): string {
  const p = projectQuota(days);
  switch (p.kind) {
    case "reaches":
      return `At the trend of the last 14 days (+${p.slopePerDay.toFixed(1)} a day), usage reaches the daily quota around ${p.on} (in ${p.daysLeft} day${p.daysLeft === 1 ? "" : "s"}).`;
    case "not-rising":
      return "Usage is flat or falling: at this trend the daily quota is not reached.";
    case "at-quota":
      return "The daily quota is reached: SES refuses further mail until the 24-hour window moves on.";
    default:
      return "Not enough days of readings yet to project when the quota will be reached.";
  }
}

/** The projection extends the chart as a dashed line up to the day it meets the quota (at most 30 days ahead). */
function withProjection(days: DailyUsage[]): UsagePoint[] {
  const points: UsagePoint[] = days.map((d) => ({ day: d.day, sent: d.sent, quota: d.quota }));
  const p = projectQuota(days);
  const last = days.at(-1);
  if (p.kind !== "reaches" || !last) return points;
  const ahead = Math.min(p.daysLeft, 30);
  const start = Date.parse(`${last.day}T00:00:00Z`);
  points[points.length - 1]!.projected = last.sent;
  for (let i = 1; i <= ahead; i++) {
    points.push({
      day: new Date(start + i * DAY).toISOString().slice(0, 10),
      quota: last.quota,
      projected: Math.min(last.quota, last.sent + p.slopePerDay * i),
    });
  }
  return points;
}

export function UsageCard({ days }: { days: DailyUsage[] }) {
  return (
    <Card title="Daily usage (last 30 days)" className="lg:col-span-2">
      {days.length ? <UsageChart data={withProjection(days)} /> : <p className="text-sm">No readings yet.</p>}
      <p className="mt-2 text-sm" data-testid="quota-projection">
        {describe(days)}
      </p>
    </Card>
  );
}
