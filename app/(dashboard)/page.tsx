import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { getAccountView } from "@/lib/snapshots/account-view";
import { AccountSummary } from "./_components/account-summary";
import { RefreshButton } from "./_components/refresh-button";

const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 19)} UTC`;

export default async function OverviewPage() {
  const region = env().AWS_SES_REGION;
  const [view, user] = await Promise.all([getAccountView(region), currentUser()]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader title="Overview" description={`Sandbox or production, quotas and enforcement status, in ${region}.`} />
        {user && hasRole(user.role, "operator") && <RefreshButton />}
      </div>
      {view.lastFailure && (
        <p role="status" data-testid="stale-warning" className="mb-4 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
          The last reading from AWS failed at {utc(view.lastFailure.at)}: {view.lastFailure.error}
          {view.lastGood ? ` The figures below are from ${utc(view.lastGood.readAt)}.` : ""}
        </p>
      )}
      {view.lastGood ? (
        <AccountSummary state={view.lastGood} />
      ) : (
        <Card>
          <p className="font-medium">No reading of this account yet.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The dashboard reads SES every five minutes; nothing is shown until a reading succeeds.
          </p>
        </Card>
      )}
    </>
  );
}
