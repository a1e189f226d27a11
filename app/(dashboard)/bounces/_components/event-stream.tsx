import { buttonStyles } from "@/components/ui/button-styles";
import type { EventFilter } from "@/lib/bounces/query-events";

type Event = {
  id: string;
  occurredAt: Date;
  kind: string;
  recipient: string;
  recipientDomain: string;
  bounceType: string | null;
  bounceSubType: string | null;
  diagnostic: string | null;
  complaintFeedbackType: string | null;
  route: string;
};

const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950";
const TYPES = [
  ["", "All types"],
  ["bounce", "Bounces"],
  ["Permanent", "Hard bounces"],
  ["Transient", "Soft bounces"],
  ["complaint", "Complaints"],
  ["delivery", "Deliveries"],
  ["reject", "Rejects"],
] as const;

const detail = (e: Event) =>
  e.kind === "bounce"
    ? `${e.bounceType ?? ""}/${e.bounceSubType ?? ""}${e.diagnostic ? ` · ${e.diagnostic}` : ""}`
    : e.kind === "complaint"
      ? (e.complaintFeedbackType ?? "no feedback type")
      : "";

export function EventStream({ events, filter }: { events: Event[]; filter: EventFilter }) {
  return (
    <div className="space-y-3">
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm" role="search">
        <label className="space-y-1">
          <span className="block text-xs">Address</span>
          <input name="q" defaultValue={filter.q} className={input} placeholder="part of an address" />
        </label>
        <label className="space-y-1">
          <span className="block text-xs">Domain</span>
          <input name="domain" defaultValue={filter.domain} className={input} placeholder="example.com" />
        </label>
        <label className="space-y-1">
          <span className="block text-xs">Type</span>
          <select name="type" defaultValue={filter.type ?? ""} className={input}>
            {TYPES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-xs">From</span>
          <input name="from" type="date" defaultValue={filter.from} className={input} />
        </label>
        <label className="space-y-1">
          <span className="block text-xs">To</span>
          <input name="to" type="date" defaultValue={filter.to} className={input} />
        </label>
        <button type="submit" className={buttonStyles.secondary}>
          Search
        </button>
      </form>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No events match. Events appear here as SES reports them through the webhook.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="event-stream">
            <thead className="text-xs text-slate-500 uppercase">
              <tr>
                <th className="py-1 pr-3">When (UTC)</th>
                <th className="py-1 pr-3">Type</th>
                <th className="py-1 pr-3">Recipient</th>
                <th className="py-1 pr-3">Detail</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} data-kind={e.kind} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <td className="py-1 pr-3 whitespace-nowrap">{e.occurredAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                  <td className="py-1 pr-3">{e.kind}</td>
                  <td className="py-1 pr-3 break-all">{e.recipient}</td>
                  <td className="py-1 pr-3 break-all text-slate-600 dark:text-slate-400">{detail(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
