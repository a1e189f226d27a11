import { Card } from "@/components/ui/card";
import type { AccountView } from "@/lib/snapshots/account-view";

/** Every configured region side by side: production access and the score are per region. */
export function RegionsCard({ views, current }: { views: { region: string; view: AccountView }[]; current: string }) {
  return (
    <Card title="All regions" className="lg:col-span-2">
      <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="regions-summary">
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="py-1">Region</th>
            <th>Access</th>
            <th>Readiness</th>
            <th>Quota used</th>
            <th>Last reading</th>
          </tr>
        </thead>
        <tbody>
          {views.map(({ region, view }) => (
            <tr key={region} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 font-medium">
                {region}
                {region === current ? " (shown)" : ""}
              </td>
              <td>{view.lastGood ? (view.lastGood.production ? "Production" : "Sandbox") : "—"}</td>
              <td>{view.readiness ? `${view.readiness.score} / 100` : "—"}</td>
              <td>{view.lastGood ? `${view.lastGood.quota.sentLast24Hours} / ${view.lastGood.quota.max24Hour}` : "—"}</td>
              <td>{view.lastFailure ? <span className="text-amber-700">failed: stale</span> : view.lastGood ? view.lastGood.readAt.toISOString().slice(0, 16).replace("T", " ") : "never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </Card>
  );
}
