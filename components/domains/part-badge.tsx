import type { PartStatus } from "@/lib/domains/part-statuses";

const STYLE: Record<PartStatus, { label: string; icon: string; className: string }> = {
  ok: { label: "OK", icon: "✓", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" },
  warning: { label: "Warning", icon: "!", className: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100" },
  error: { label: "Error", icon: "✗", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
  pending: { label: "Pending", icon: "…", className: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100" },
  unknown: { label: "Could not check", icon: "?", className: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
};

/** One requirement's or record's status, as a word and an icon (never colour alone). */
export function PartBadge({ status, label }: { status: PartStatus; label?: string }) {
  const s = STYLE[status];
  return (
    <span
      data-status={status}
      className={`inline-flex shrink-0 items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${s.className}`}
    >
      <span aria-hidden>{s.icon}</span>
      {label ?? s.label}
    </span>
  );
}
