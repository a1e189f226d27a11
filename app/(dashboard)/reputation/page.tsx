import type { Metadata } from "next";
import Link from "next/link";
import { ReputationRateChart } from "@/components/charts/reputation-rate-chart";
import { ReputationVolumeChart } from "@/components/charts/reputation-volume-chart";
import { AlarmTable } from "@/components/reputation/alarm-table";
import { ActionButton } from "@/components/ui/action-button";
import { RangePicker, RANGE_LABELS } from "@/components/reputation/range-picker";
import { utcMinute } from "@/components/reputation/format-duration";
import { RateFigure } from "@/components/reputation/rate-figure";
import { DangerReasons } from "@/components/reputation/reputation-status";
import { RunbookSteps } from "@/components/reputation/runbook-steps";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAlerts } from "@/lib/alerts/alert-list";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { readAlarmStatus } from "@/lib/reputation/alarm-status";
import { readReputationChart } from "@/lib/reputation/chart-data";
import { readCurrentReputation } from "@/lib/reputation/current-reputation";
import { DANGER_LABEL } from "@/lib/reputation/danger";
import { DEMO_RATE_SCENARIOS } from "@/lib/reputation/demo-rates";
import { isDemo } from "@/lib/env";
import { findSpikes } from "@/lib/reputation/find-spikes";
import { LEVELS_SOURCE, RATE_LEVELS } from "@/lib/reputation/levels";
import { isRangeKey, type RangeKey } from "@/lib/reputation/metric-windows";
import { readOwnRates } from "@/lib/reputation/own-rates-query";
import { rateTrend } from "@/lib/reputation/rate-trend";
import { RUNBOOKS } from "@/lib/reputation/runbook";
import { readSpikeEvents } from "@/lib/reputation/spike-events";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountView } from "@/lib/snapshots/account-view";
import { StaleWarning } from "../_components/stale-warning";
import { collectNowAction, demoRatesAction, repairAlarmsAction } from "./actions";
import { OwnRatesCard } from "./_components/own-rates-card";
import { SpikeList } from "./_components/spike-list";

export const metadata: Metadata = { title: "Reputation" };

const DAY = 86_400_000;
// Spikes listed with their events; older runs in a long range are summarized by the chart.
const MAX_SPIKES = 5;

/** Everything here comes from the database (stored samples, snapshots, events): rendering never calls AWS. */
export default async function ReputationPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const [user, region, params] = await Promise.all([requireUser(), selectedRegion(), searchParams]);
  const range: RangeKey = isRangeKey(params.range) ? params.range : "30d";
  const now = new Date();
  const [view, current, chart, day, own, alarms, openAlerts] = await Promise.all([
    getAccountView(region),
    readCurrentReputation(region, now),
    readReputationChart(region, range, now),
    range === "24h" ? null : readReputationChart(region, "24h", now),
    readOwnRates(region, now),
    readAlarmStatus(region),
    listAlerts({ region, unacknowledgedOnly: true, limit: 5 }),
  ]);
  const last24h = day ?? chart;
  const trend = (metric: "bounce" | "complaint") =>
    rateTrend(
      metric,
      last24h.points.map((p) => ({ t: p.t, v: metric === "bounce" ? p.bounceRate : p.complaintRate })),
      { nowMs: now.getTime(), windowMs: DAY },
    );
  const spikes = [...findSpikes(chart.points, "bounce", chart.bucketMs), ...findSpikes(chart.points, "complaint", chart.bucketMs)]
    .sort((a, b) => b.startMs - a.startMs)
    .slice(0, MAX_SPIKES);
  const spikeEvents = await Promise.all(
    spikes.map(async (spike) => ({ spike, ...(await readSpikeEvents(region, spike.metric, spike.peak.t, chart.bucketMs)) })),
  );
  const hasData = current.latestAt !== null;
  const rate = (key: "bounceRate" | "complaintRate", max: "bounceRateMax" | "complaintRateMax") =>
    chart.points.map((p) => ({ t: p.t, avg: p[key], max: p[max] }));
  const isOperator = hasRole(user.role, "operator");

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <PageHeader
          title="Reputation"
          description={`Bounce and complaint rates in ${region} against the levels at which AWS reviews or pauses an account.`}
        />
        {isOperator && (
          <ActionButton action={collectNowAction} label="Read metrics now" pendingLabel="Reading CloudWatch…" variant="secondary" />
        )}
      </div>
      <StaleWarning view={view} />
      {openAlerts.length > 0 && (
        <p
          role="status"
          className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
          data-testid="open-alerts"
        >
          {openAlerts.length} unacknowledged alert{openAlerts.length === 1 ? "" : "s"}, newest: {openAlerts[0]!.title}.{" "}
          <Link href="/alerts" className="underline">
            Open the alert list
          </Link>
        </p>
      )}
      <div className="space-y-4">
        <Card id="current-rates" className="scroll-mt-4">
          <div className="mb-4 space-y-2">
            <p className="text-sm">
              Account status:{" "}
              <strong data-testid="reputation-status" data-danger-level={view.danger.level}>
                {DANGER_LABEL[view.danger.level]}
              </strong>{" "}
              (read {utcMinute(new Date(view.danger.at))}) ·{" "}
              <a href="#runbooks" className="text-sky-700 underline dark:text-sky-400">
                Runbooks
              </a>
            </p>
            <DangerReasons danger={view.danger} enforcementStatus={view.lastGood?.enforcementStatus ?? "UNKNOWN"} current={current} />
          </div>
          {hasData ? (
            <>
              <div className="grid gap-6 md:grid-cols-2">
                <RateFigure
                  metric="bounce"
                  rate={current.bounce}
                  volume={current.volumes24h.send}
                  minVolume={current.minVolume}
                  trend={trend("bounce")}
                />
                <RateFigure
                  metric="complaint"
                  rate={current.complaint}
                  volume={current.volumes24h.send}
                  minVolume={current.minVolume}
                  trend={trend("complaint")}
                />
              </div>
              <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">
                Levels from the{" "}
                <a href={LEVELS_SOURCE.url} className="underline" rel="noreferrer" target="_blank">
                  {LEVELS_SOURCE.title}
                </a>
                : {LEVELS_SOURCE.wording}
              </p>
            </>
          ) : (
            <p>
              No CloudWatch metrics are stored for {region} yet. They are read with each collection
              {isOperator ? ", or now with “Read metrics now”" : ""}.
            </p>
          )}
        </Card>

        <Card title={`Charts · ${RANGE_LABELS[range]}`}>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <RangePicker current={range} />
            <a
              href={`/api/reputation?region=${encodeURIComponent(region)}&range=${range}&format=csv`}
              className="text-sm text-sky-700 underline dark:text-sky-400"
              download
            >
              Download CSV
            </a>
          </div>
          <div className="space-y-6">
            <ReputationRateChart
              title="Bounce rate"
              testId="bounce-rate-chart"
              data={rate("bounceRate", "bounceRateMax")}
              review={RATE_LEVELS.bounce.review}
              atRisk={RATE_LEVELS.bounce.atRisk}
              bucketMs={chart.bucketMs}
              digits={2}
            />
            <ReputationRateChart
              title="Complaint rate"
              testId="complaint-rate-chart"
              data={rate("complaintRate", "complaintRateMax")}
              review={RATE_LEVELS.complaint.review}
              atRisk={RATE_LEVELS.complaint.atRisk}
              bucketMs={chart.bucketMs}
              digits={3}
            />
            <ReputationVolumeChart data={chart.points} bucketMs={chart.bucketMs} />
          </div>
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            Hover a chart to read all three at the same moment; click a legend entry to hide or show a series. A break in a line is a period
            CloudWatch reported nothing for, never a zero.
          </p>
        </Card>

        <Card title="Spikes in this range">
          <SpikeList spikes={spikeEvents} />
        </Card>

        <OwnRatesCard own={own} current={current} />

        {isDemo() && hasRole(user.role, "admin") && (
          <Card title="Demo: simulate a reputation problem">
            <p className="mb-3 text-sm">
              Gives the simulated account other bounce and complaint rates for the current hour, then reads it as a collection would: the
              banner, the Overview and the checklist follow.
            </p>
            <div className="flex flex-wrap gap-3">
              {Object.entries(DEMO_RATE_SCENARIOS).map(([scenario, s]) => (
                <ActionButton
                  key={scenario}
                  action={demoRatesAction}
                  fields={{ scenario }}
                  label={`Simulate ${s.label}`}
                  pendingLabel="Reading the simulated account…"
                  variant="secondary"
                />
              ))}
            </div>
          </Card>
        )}

        <Card title="Runbooks" id="runbooks">
          <div className="grid gap-6 md:grid-cols-2">
            <RunbookSteps runbook={RUNBOOKS["high-bounce-rate"]} />
            <RunbookSteps runbook={RUNBOOKS["high-complaint-rate"]} />
            <RunbookSteps runbook={RUNBOOKS["sending-paused"]} />
          </div>
        </Card>

        <Card title="CloudWatch alarms">
          <div className="space-y-3">
            <p className="text-sm">
              The recommended alarms watch each rate at the review and the pause level (Average over one hour) and notify an SNS topic. They
              are checked on every collection.
            </p>
            <AlarmTable status={alarms} />
            {hasRole(user.role, "admin") && (
              <ActionButton action={repairAlarmsAction} label="Create or repair alarms" pendingLabel="Writing the alarms…" />
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
