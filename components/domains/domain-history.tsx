import { PART_LABELS } from "@/lib/domains/part-statuses";
import type { PartHistory } from "@/lib/domains/summarize-history";

const time = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/** When each record first passed, and every later regression, from the stored checks. */
export function DomainHistory({ history, checks }: { history: PartHistory[]; checks: number }) {
  return (
    <div className="text-sm">
      <p className="text-slate-600 dark:text-slate-400">From {checks} stored checks.</p>
      <ul className="mt-2 space-y-2">
        {history.map((h) => (
          <li key={h.part}>
            <span className="font-medium">{PART_LABELS[h.part]}</span>:{" "}
            {h.firstPassedAt ? `first passed ${time(h.firstPassedAt)}` : "has not passed yet"}
            {h.regressions.map((r) => (
              <span key={r.at} className="block text-red-800 dark:text-red-300">
                Regressed {time(r.at)} ({r.from} → {r.to}){r.recoveredAt ? `, recovered ${time(r.recoveredAt)}` : ", not recovered"}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
