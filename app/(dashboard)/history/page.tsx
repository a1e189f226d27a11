import Link from "next/link";
import { HistoryChart } from "@/components/charts/history-chart";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountEvents, getHistorySeries, HISTORY_RANGES, isHistoryRange } from "@/lib/snapshots/history";

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  await requireUser();
  const [region, { range: requested }] = await Promise.all([selectedRegion(), searchParams]);
  const range = isHistoryRange(requested) ? requested : "30d";
  const [series, events] = await Promise.all([getHistorySeries(region, range), getAccountEvents(region)]);
  return (
    <>
      <PageHeader title="History" description={`Readiness score, quota usage and account changes over time, in ${region}.`} />
      <div className="space-y-4">
        <Card>
          <nav aria-label="Range" className="mb-3 flex flex-wrap gap-1 text-sm">
            {Object.entries(HISTORY_RANGES).map(([key, r]) => (
              <Link
                key={key}
                href={`/history?range=${key}`}
                aria-current={key === range ? "page" : undefined}
                className={`rounded px-2 py-1 ${key === range ? "bg-sky-700 text-white" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
              >
                {r.label}
              </Link>
            ))}
          </nav>
          {series.length ? (
            <HistoryChart data={series} />
          ) : (
            <p className="text-sm">No readings in this range yet. Hourly roll-ups appear once an hour has passed.</p>
          )}
        </Card>
        <Card title="Account changes">
          {events.length ? (
            <ul className="space-y-1 text-sm" data-testid="account-events">
              {events.map((e) => (
                <li key={e.id}>
                  <span className="font-mono text-xs text-slate-500">{e.at.toISOString().slice(0, 16).replace("T", " ")} UTC</span>{" "}
                  {e.message}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">No change of sandbox, sending, enforcement or review status seen yet.</p>
          )}
        </Card>
      </div>
    </>
  );
}
