import Link from "next/link";
import { ReputationStatus } from "@/components/reputation/reputation-status";
import { Card } from "@/components/ui/card";
import type { CurrentReputation } from "@/lib/reputation/current-reputation";
import type { Danger } from "@/lib/reputation/danger";
import type { AccountState } from "@/lib/aws/account-state";
import { ENFORCEMENT_GUIDANCE, PRODUCTION_MEANING, SANDBOX_MEANING } from "@/lib/readiness/enforcement";

const TONE = {
  ok: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100",
  warn: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100",
};

const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 19)} UTC`;

const number = (n: number) => (n < 0 ? "unlimited" : n.toLocaleString("en-US"));

export function AccountSummary({ state, danger, current }: { state: AccountState; danger: Danger; current: CurrentReputation }) {
  const enforcement = ENFORCEMENT_GUIDANCE[state.enforcementStatus];
  const used = state.quota.max24Hour > 0 ? state.quota.sentLast24Hours / state.quota.max24Hour : 0;
  return (
    <>
      <Card title="Access">
        <p
          data-testid="access-mode"
          className={`inline-block rounded-md px-3 py-1 text-2xl font-bold ${state.production ? TONE.ok : TONE.warn}`}
        >
          {state.production ? "Production" : "Sandbox"}
        </p>
        <p className="mt-2 text-sm">{state.production ? PRODUCTION_MEANING : SANDBOX_MEANING}</p>
        {state.review?.status && (
          <p className="mt-2 text-sm" data-testid="review-status">
            Production-access review: <strong>{state.review.status}</strong>
            {state.review.caseId ? ` (case ${state.review.caseId})` : ""}
          </p>
        )}
        <p className="mt-2 text-xs text-slate-500" data-testid="account-read-at">
          Read from SES GetAccount in {state.region} at {utc(state.readAt)}.
        </p>
      </Card>
      <Card title="Sending quota (last 24 hours)">
        <p className="text-2xl font-semibold" data-testid="quota-used">
          {number(state.quota.sentLast24Hours)} / {number(state.quota.max24Hour)}
        </p>
        <div
          className="mt-2 h-2 w-full rounded bg-slate-200 dark:bg-slate-800"
          role="meter"
          aria-valuenow={Math.round(used * 100)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label="Daily quota used"
        >
          <div className={`h-2 rounded ${used > 0.8 ? "bg-red-600" : "bg-sky-600"}`} style={{ width: `${Math.min(100, used * 100)}%` }} />
        </div>
        <p className="mt-2 text-sm">Maximum send rate: {number(state.quota.maxSendRate)} per second</p>
      </Card>
      <Card title="Sending reputation" className="lg:col-span-2">
        <ReputationStatus danger={danger} account={state} current={current} />
        {enforcement && state.enforcementStatus !== "HEALTHY" && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {enforcement.meaning} {enforcement.action}
          </p>
        )}
        <p className="mt-2 text-sm">
          <Link href="/reputation" className="text-sky-700 underline dark:text-sky-400">
            Charts, spikes and runbooks
          </Link>
        </p>
      </Card>
    </>
  );
}
