import type { CheckStatus } from "@/lib/readiness/types";

const STYLE: Record<CheckStatus, { label: string; className: string; icon: string }> = {
  done: { label: "Done", icon: "✓", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" },
  warning: { label: "Warning", icon: "!", className: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100" },
  todo: { label: "To do", icon: "✗", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
  unknown: { label: "Could not check", icon: "?", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
  "not-applicable": { label: "Not applicable", icon: "–", className: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300" },
};

export function StatusBadge({ status }: { status: CheckStatus }) {
  const s = STYLE[status];
  return (
    <span
      data-status={status}
      className={`inline-flex shrink-0 items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${s.className}`}
    >
      <span aria-hidden>{s.icon}</span>
      {s.label}
    </span>
  );
}

/** The score, never green while an item at pause level or beyond is open: then it says "Not ready" whatever the number. */
export function ScoreDial({ score, ready = true }: { score: number; ready?: boolean }) {
  const tone = !ready
    ? "text-red-700 dark:text-red-400"
    : score >= 80
      ? "text-emerald-700 dark:text-emerald-400"
      : score >= 50
        ? "text-amber-700 dark:text-amber-400"
        : "text-red-700 dark:text-red-400";
  return (
    <div>
      <p className={`text-4xl font-bold ${tone}`} data-testid="readiness-score" data-ready={ready}>
        {score}
        <span className="text-base font-medium text-slate-500"> / 100</span>
      </p>
      {!ready && (
        <p
          data-testid="not-ready"
          className="mt-1 inline-block rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900 dark:bg-red-900/40 dark:text-red-100"
        >
          Not ready: the account is at or past AWS's pause level
        </p>
      )}
    </div>
  );
}
