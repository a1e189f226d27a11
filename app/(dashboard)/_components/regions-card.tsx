import { Card } from "@/components/ui/card";
import { DANGER_LABEL } from "@/lib/reputation/danger";
import type { AccountView } from "@/lib/snapshots/account-view";

export type ScopedView = { account: { id: string; name: string }; region: string; view: AccountView };

/** Every watched account and region side by side: production access, enforcement and the score are per account and region. */
export function RegionsCard({ views, current }: { views: ScopedView[]; current: { account: string; region: string } }) {
  const severalAccounts = new Set(views.map((v) => v.account.id)).size > 1;
  return (
    <Card title={severalAccounts ? "All accounts and regions" : "All regions"} className="lg:col-span-2">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm" data-testid="regions-summary">
          <thead className="text-xs text-slate-500">
            <tr>
              {severalAccounts && <th className="py-1">Account</th>}
              <th className="py-1">Region</th>
              <th>Access</th>
              <th>Reputation</th>
              <th>Enforcement</th>
              <th>Readiness</th>
              <th>Quota used</th>
              <th>Last reading</th>
            </tr>
          </thead>
          <tbody>
            {views.map(({ account, region, view }) => {
              const shown = account.id === current.account && region === current.region;
              return (
                <tr
                  key={`${account.id}:${region}`}
                  data-account={account.id}
                  data-region={region}
                  className="border-t border-slate-200 dark:border-slate-800"
                >
                  {severalAccounts && <td className="py-1 font-medium">{account.name}</td>}
                  <td className="py-1 font-medium">
                    {region}
                    {shown ? " (shown)" : ""}
                  </td>
                  <td>{view.lastGood ? (view.lastGood.production ? "Production" : "Sandbox") : "—"}</td>
                  <td
                    data-danger-level={view.danger.level}
                    className={view.danger.level === "none" ? "" : "font-semibold text-red-700 dark:text-red-400"}
                  >
                    {view.lastGood ? DANGER_LABEL[view.danger.level] : "—"}
                  </td>
                  <td>{view.lastGood?.enforcementStatus ?? "—"}</td>
                  <td>{view.readiness ? `${view.readiness.score} / 100${view.readiness.ready === false ? " (not ready)" : ""}` : "—"}</td>
                  <td>{view.lastGood ? `${view.lastGood.quota.sentLast24Hours} / ${view.lastGood.quota.max24Hour}` : "—"}</td>
                  <td>
                    {view.lastFailure ? (
                      <span className="text-amber-700" title={view.lastFailure.error}>
                        failed: stale
                      </span>
                    ) : view.lastGood ? (
                      view.lastGood.readAt.toISOString().slice(0, 16).replace("T", " ")
                    ) : (
                      "never"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
