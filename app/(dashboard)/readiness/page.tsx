import { ScoreDial } from "@/components/readiness/status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { GROUPS } from "@/lib/readiness/evaluate-readiness";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountView } from "@/lib/snapshots/account-view";
import { RefreshButton } from "../_components/refresh-button";
import { StaleWarning } from "../_components/stale-warning";
import { CheckItem } from "./_components/check-item";

export default async function ReadinessPage() {
  const [user, region] = await Promise.all([requireUser(), selectedRegion()]);
  const view = await getAccountView(region);
  const readiness = view.readiness;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader
          title="Production readiness"
          description={`Every step of the guide, checked against what AWS and DNS say in ${region}.`}
        />
        {hasRole(user.role, "operator") && <RefreshButton />}
      </div>
      <StaleWarning view={view} />
      {!readiness ? (
        <Card>
          <p>The checklist appears after the first successful reading of this region.</p>
        </Card>
      ) : (
        <div className="space-y-4">
          <Card>
            <div className="flex flex-wrap items-center gap-6">
              <ScoreDial score={readiness.score} ready={readiness.ready} />
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {readiness.checks.filter((c) => c.status === "done").length} of {readiness.checks.length} done · evaluated{" "}
                {readiness.evaluatedAt.replace("T", " ").slice(0, 16)} UTC. Items that could not be checked count as not done: the score
                never assumes.
              </p>
            </div>
          </Card>
          {GROUPS.map((g) => {
            const checks = readiness.checks.filter((c) => c.group === g.id);
            if (!checks.length) return null;
            return (
              <Card key={g.id} title={g.title}>
                <ul>
                  {checks.map((c) => (
                    <CheckItem key={c.id} check={c} canAct={hasRole(user.role, "admin")} />
                  ))}
                </ul>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
