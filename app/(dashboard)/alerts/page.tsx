import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { utcMinute } from "@/components/reputation/format-duration";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAlertSettings } from "@/lib/alerts/alert-channels";
import { listAlerts } from "@/lib/alerts/alert-list";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getFromAddress } from "@/lib/settings/from-address";
import { acknowledgeAlertAction } from "./actions";
import { AlertSettingsForm } from "./_components/alert-settings-form";

export const metadata: Metadata = { title: "Alerts" };

const SEVERITY_STYLE: Record<string, string> = {
  critical: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
  warning: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100",
  info: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
};

/** Every alert the dashboard raised, in all regions, newest first; operators acknowledge, admins choose the channels. */
export default async function AlertsPage() {
  const user = await requireUser();
  const [alerts, settings, from] = await Promise.all([listAlerts({ limit: 200 }), getAlertSettings(), getFromAddress()]);
  const canAck = hasRole(user.role, "operator");
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Sent once per change, to the configured channels: a rate crossing a level, sending paused or resumed, the enforcement status, the production-access review, and a domain record turning red or green."
      />
      <div className="space-y-4">
        <Card title="Alert list">
          {alerts.length === 0 ? (
            <p className="text-sm">No alert has been raised yet.</p>
          ) : (
            <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="alert-list">
              {alerts.map((a) => (
                <li key={a.id} className="space-y-1 py-3" data-alert-id={a.id}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span
                      className={`rounded px-2 py-0.5 text-xs font-semibold uppercase ${SEVERITY_STYLE[a.severity] ?? SEVERITY_STYLE.info}`}
                    >
                      {a.severity}
                    </span>
                    <span className="font-medium">{a.title}</span>
                    <span className="text-sm text-slate-500">{utcMinute(a.createdAt)}</span>
                  </div>
                  <p className="text-sm">{a.message}</p>
                  <p className="text-xs text-slate-500 dark:text-slate-400">
                    {a.deliveries.length === 0
                      ? "No channel was configured when it was raised."
                      : a.deliveries.map((d) => `${d.channel}: ${d.ok ? "sent" : "failed"} (${d.detail})`).join(" · ")}
                  </p>
                  {a.acknowledgedAt ? (
                    <p className="text-sm text-emerald-700 dark:text-emerald-400">
                      Acknowledged by {a.acknowledgedBy} at {utcMinute(a.acknowledgedAt)}
                    </p>
                  ) : (
                    canAck && (
                      <ActionButton
                        action={acknowledgeAlertAction}
                        fields={{ id: a.id }}
                        label="Acknowledge"
                        pendingLabel="Acknowledging…"
                        variant="secondary"
                      />
                    )
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {hasRole(user.role, "admin") && (
          <Card title="Alert channels">
            <AlertSettingsForm
              webhookUrl={settings.webhookUrl ?? ""}
              emails={settings.emails.join("\n")}
              alarmTopicArn={settings.alarmTopicArn ?? ""}
              from={from ?? null}
            />
          </Card>
        )}
      </div>
    </>
  );
}
