import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentAccount, withAccount } from "@/lib/accounts/account-context";
import { listAccounts } from "@/lib/accounts/account-registry";
import { hasRole } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { readCurrentReputation } from "@/lib/reputation/current-reputation";
import { configuredRegions } from "@/lib/settings/regions";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountView } from "@/lib/snapshots/account-view";
import { getDailyUsage } from "@/lib/snapshots/history";
import { AccountSummary } from "./_components/account-summary";
import { ReadinessCard } from "./_components/readiness-card";
import { RefreshButton } from "./_components/refresh-button";
import { RegionsCard } from "./_components/regions-card";
import { StaleWarning } from "./_components/stale-warning";
import { UsageCard } from "./_components/usage-card";

export default async function OverviewPage() {
  const [region, regions, accounts, account] = await Promise.all([selectedRegion(), configuredRegions(), listAccounts(), currentAccount()]);
  const scopes = accounts.flatMap((a) => regions.map((r) => ({ account: a, region: r })));
  const [view, usage, user, current, all] = await Promise.all([
    getAccountView(region),
    getDailyUsage(region),
    currentUser(),
    readCurrentReputation(region),
    scopes.length > 1
      ? Promise.all(
          scopes.map(async (s) => ({
            account: { id: s.account.id, name: s.account.name },
            region: s.region,
            view: await withAccount(s.account, () => getAccountView(s.region)),
          })),
        )
      : Promise.resolve(null),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader
          title="Overview"
          description={`Sandbox or production, quotas, enforcement and readiness, in ${region}${accounts.length > 1 ? ` of ${account.name}` : ""}.`}
        />
        {user && hasRole(user.role, "operator") && <RefreshButton />}
      </div>
      <StaleWarning view={view} />
      {view.lastGood ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <AccountSummary state={view.lastGood} danger={view.danger} current={current} />
          <ReadinessCard readiness={view.readiness} />
          <UsageCard days={usage} />
          {all && <RegionsCard views={all} current={{ account: account.id, region }} />}
        </div>
      ) : (
        <Card>
          <p className="font-medium">No reading of this region yet.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The dashboard reads SES on a schedule; nothing is shown until a reading succeeds.
          </p>
        </Card>
      )}
    </>
  );
}
