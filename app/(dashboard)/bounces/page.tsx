import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { readBounceSettings } from "@/lib/bounces/bounce-settings";
import { sweepSoon } from "@/lib/bounces/processing-queue";
import {
  eventCounts,
  listEvents,
  listSuppressions,
  recentComplaints,
  recentTestSends,
  topBounceReasons,
  type EventFilter,
} from "@/lib/bounces/query-events";
import { readPipelineHealthIn } from "@/lib/bounces/read-pipeline-health";
import { getFromAddress } from "@/lib/settings/from-address";
import { selectedRegion } from "@/lib/settings/selected-region";
import { EventStats } from "./_components/event-stats";
import { EventStream } from "./_components/event-stream";
import { loadSetupState } from "./_components/load-setup-state";
import { ReconcileButton } from "./_components/reconcile-button";
import { SettingsForm } from "./_components/settings-form";
import { SetupPanel } from "./_components/setup-panel";
import { SuppressionList } from "./_components/suppression-list";
import { TestMailForm } from "./_components/test-mail-form";
import { TestSends } from "./_components/test-sends";

export const metadata: Metadata = { title: "Bounces and complaints" };

type Search = EventFilter & { sq?: string; identity?: string };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function BouncesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, region, raw, fromAddress] = await Promise.all([requireUser(), selectedRegion(), searchParams, getFromAddress()]);
  sweepSoon();
  const s: Search = {
    q: one(raw.q),
    domain: one(raw.domain),
    type: one(raw.type),
    from: one(raw.from),
    to: one(raw.to),
    sq: one(raw.sq),
    identity: one(raw.identity),
  };
  const [setup, health, settings, events, counts, reasons, complaints, suppressions, tests] = await Promise.all([
    loadSetupState(region, fromAddress, s.identity),
    readPipelineHealthIn(region),
    readBounceSettings(),
    listEvents(region, s),
    eventCounts(region),
    topBounceReasons(region),
    recentComplaints(region),
    listSuppressions(s.sq),
    recentTestSends(region),
  ]);
  const isAdmin = hasRole(user.role, "admin");
  return (
    <>
      <PageHeader
        title="Bounces and complaints"
        description={`SES notifications through the verified webhook, and the suppression list, in ${region}.`}
      />
      <div className="space-y-4">
        {health.status === "silent" && (
          <p
            role="alert"
            data-testid="pipeline-silent"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
          >
            Notifications have stopped: {health.detail}
          </p>
        )}
        <Card title="Set-up">
          <SetupPanel
            identities={setup.identities}
            identity={setup.identity}
            initial={setup.state}
            readError={setup.error}
            endpoint={setup.endpoint}
            canAct={isAdmin}
          />
          {health.status !== "silent" && <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">Pipeline: {health.detail}</p>}
        </Card>
        {hasRole(user.role, "operator") && (
          <Card title="Test mail">
            <TestMailForm defaultFrom={fromAddress ?? (setup.verifiedFrom[0] ? `test@${setup.verifiedFrom[0]}` : undefined)} />
            {tests.length > 0 && <TestSends rows={tests} />}
          </Card>
        )}
        <Card title="Events">
          <EventStream events={events} filter={s} />
        </Card>
        <EventStats days={counts.days} domains={counts.domains} reasons={reasons} complaints={complaints} />
        <Card title="Suppression list">
          <SuppressionList rows={suppressions.rows} total={suppressions.total} q={s.sq} canRemove={isAdmin} />
          {hasRole(user.role, "operator") && (
            <div className="mt-4">
              <ReconcileButton />
            </div>
          )}
        </Card>
        {isAdmin && (
          <Card title="Rules">
            <SettingsForm softBounceWindowDays={settings.softBounceWindowDays} pipelineSilenceHours={settings.pipelineSilenceHours} />
          </Card>
        )}
      </div>
    </>
  );
}
