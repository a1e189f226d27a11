import Link from "next/link";
import { ScoreDial, StatusBadge } from "@/components/readiness/status-badge";
import { Card } from "@/components/ui/card";
import type { ReadinessResult } from "@/lib/readiness/types";

export function ReadinessCard({ readiness }: { readiness: ReadinessResult | null }) {
  return (
    <Card title="Production readiness" className="lg:col-span-2">
      {readiness ? (
        <div className="flex flex-wrap gap-6">
          <div>
            <ScoreDial score={readiness.score} ready={readiness.ready} />
            <Link href="/readiness" className="text-sm text-sky-700 underline dark:text-sky-400">
              Full checklist
            </Link>
          </div>
          <div className="min-w-60 flex-1">
            <h3 className="text-sm font-semibold">Next actions</h3>
            {readiness.nextActions.length ? (
              <ol className="mt-1 space-y-1 text-sm" data-testid="next-actions">
                {readiness.nextActions.map((c) => (
                  <li key={c.id} className="flex items-start gap-2">
                    <StatusBadge status={c.status} />
                    <Link href={`/readiness#${c.id}`} className="hover:underline">
                      {c.title}: <span className="text-slate-600 dark:text-slate-400">{c.summary}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-1 text-sm">Nothing left to do that the dashboard can check.</p>
            )}
          </div>
        </div>
      ) : (
        <p className="text-sm">The checklist appears after the first successful reading.</p>
      )}
    </Card>
  );
}
