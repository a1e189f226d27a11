import Link from "next/link";
import type { Finding } from "@/lib/access-request/preflight/types";

const TONE = {
  blocker: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
  warning: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100",
  tip: "bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-100",
};

export function PreflightList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <p className="text-sm text-emerald-700 dark:text-emerald-400">Nothing to flag: every rule passes.</p>;
  return (
    <ul className="space-y-2" data-testid="preflight-findings">
      {findings.map((f, i) => (
        <li key={`${f.id}-${i}`} data-severity={f.severity} className="flex items-start gap-2 text-sm">
          <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${TONE[f.severity]}`}>{f.severity}</span>
          <span>
            <span className="font-medium">{f.title}</span> <span className="text-xs text-slate-500">({f.id})</span>
            <span className="block text-slate-600 dark:text-slate-400">{f.reason}</span>
            {f.link && (
              <Link href={f.link.href} className="text-sky-700 underline dark:text-sky-400">
                {f.link.label}
              </Link>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
