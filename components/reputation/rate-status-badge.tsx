import type { RateStatus } from "@/lib/reputation/levels";

const STYLE: Record<RateStatus, { label: string; className: string }> = {
  healthy: { label: "Healthy", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" },
  review: { label: "Under review level", className: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100" },
  "at-risk": { label: "At risk of a pause", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
  "not-enough-volume": { label: "Not enough volume", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
};

export function RateStatusBadge({ status }: { status: RateStatus }) {
  const s = STYLE[status];
  return (
    <span data-status={status} className={`inline-flex shrink-0 items-center rounded px-2 py-0.5 text-xs font-semibold ${s.className}`}>
      {s.label}
    </span>
  );
}
