import { Card } from "@/components/ui/card";
import type { DayCount } from "@/lib/bounces/query-events";

type Props = {
  days: DayCount[];
  domains: { domain: string; bounce: number; complaint: number; delivery: number }[];
  reasons: { bounceType: string; bounceSubType: string; diagnostic: string; count: number }[];
  complaints: { id: string; occurredAt: Date; recipient: string; complaintFeedbackType: string | null }[];
};

const th = "py-1 pr-3";

export function EventStats({ days, domains, reasons, complaints }: Props) {
  const max = Math.max(1, ...days.map((d) => d.bounce + d.complaint));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title="Per day (30 days)">
        {days.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No events yet.</p>
        ) : (
          <ul className="space-y-1 text-xs" data-testid="per-day">
            {days.map((d) => (
              <li key={d.day} className="flex items-center gap-2">
                <span className="w-20 shrink-0">{d.day.slice(5)}</span>
                <span className="h-2 bg-red-600" style={{ width: `${(d.bounce / max) * 60}%` }} aria-hidden />
                <span className="h-2 bg-amber-500" style={{ width: `${(d.complaint / max) * 60}%` }} aria-hidden />
                <span>
                  {d.bounce} bounces · {d.complaint} complaints · {d.delivery} deliveries
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Per recipient domain">
        {domains.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No events yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className={th}>Domain</th>
                <th className={th}>Bounces</th>
                <th className={th}>Complaints</th>
                <th className={th}>Deliveries</th>
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.domain} className="border-t border-slate-100 dark:border-slate-800">
                  <td className={`${th} break-all`}>{d.domain}</td>
                  <td className={th}>{d.bounce}</td>
                  <td className={th}>{d.complaint}</td>
                  <td className={th}>{d.delivery}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="Top bounce reasons">
        {reasons.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No bounces recorded.</p>
        ) : (
          <ol className="space-y-1 text-sm">
            {reasons.map((r) => (
              <li key={`${r.bounceType}/${r.bounceSubType}/${r.diagnostic}`}>
                <span className="font-medium">{r.count}×</span> {r.bounceType}/{r.bounceSubType}{" "}
                <span className="break-all text-slate-600 dark:text-slate-400">{r.diagnostic}</span>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title="Complaints">
        {complaints.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No complaints recorded.</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="complaints">
            {complaints.map((c) => (
              <li key={c.id}>
                {c.occurredAt.toISOString().slice(0, 16).replace("T", " ")} · <span className="break-all">{c.recipient}</span> · feedback
                type <strong>{c.complaintFeedbackType ?? "not given"}</strong>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
