import Link from "next/link";
import type { RangeKey } from "@/lib/reputation/metric-windows";

export const RANGE_LABELS: Record<RangeKey, string> = {
  "24h": "24 hours",
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "1y": "1 year",
};

/** Plain links: the range is in the URL, so a chart can be shared and the page works without JavaScript. */
export function RangePicker({ current }: { current: RangeKey }) {
  return (
    <nav aria-label="Chart range" className="flex flex-wrap gap-1">
      {(Object.keys(RANGE_LABELS) as RangeKey[]).map((r) => (
        <Link
          key={r}
          href={`/reputation?range=${r}`}
          aria-current={r === current ? "page" : undefined}
          className={`rounded-md px-2.5 py-1 text-sm ${r === current ? "bg-sky-700 text-white" : "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"}`}
        >
          {RANGE_LABELS[r]}
        </Link>
      ))}
    </nav>
  );
}
