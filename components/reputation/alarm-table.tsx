import { formatRate } from "@/lib/reputation/levels";
import type { StoredAlarmStatus } from "@/lib/reputation/alarm-status";
import { utcMinute } from "./format-duration";

const STATUS: Record<string, { label: string; className: string }> = {
  ok: { label: "OK", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" },
  alarm: { label: "In ALARM", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
  misconfigured: { label: "Misconfigured", className: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100" },
  missing: { label: "Missing", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
};

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "none" : String(v));

/** The recommended alarms as last checked at collection time; the page never waits on CloudWatch. */
export function AlarmTable({ status }: { status: StoredAlarmStatus | null }) {
  if (!status) return <p className="text-sm">The alarms have not been checked yet: they are checked on each collection of metrics.</p>;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Checked {utcMinute(new Date(status.checkedAt))} with DescribeAlarms{status.actionArn ? `; expected action ${status.actionArn}` : ""}
        .
      </p>
      {status.error && (
        <p role="status" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
          The last check failed: {status.error}
        </p>
      )}
      {status.checks && (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="alarm-list">
          {status.checks.map((c) => {
            const s = STATUS[c.status]!;
            return (
              <li key={c.name} className="py-2" data-alarm={c.name} data-alarm-status={c.status}>
                <div className="flex flex-wrap items-center gap-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${s.className}`}>{s.label}</span>
                  <code className="text-sm">{c.name}</code>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {c.metric} rate ≥ {formatRate(c.threshold, c.threshold < 0.01 ? 1 : 0)} (
                    {c.level === "review" ? "review level" : "pause level"}){c.state ? ` · state ${c.state}` : ""}
                  </span>
                </div>
                {c.differences.length > 0 && (
                  <ul className="mt-1 list-disc pl-6 text-sm">
                    {c.differences.map((d) => (
                      <li key={d.field}>
                        {d.field}: expected {show(d.expected)}, found {show(d.actual)}
                      </li>
                    ))}
                  </ul>
                )}
                {c.status === "alarm" && c.stateReason && <p className="mt-1 text-sm text-red-800 dark:text-red-300">{c.stateReason}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
