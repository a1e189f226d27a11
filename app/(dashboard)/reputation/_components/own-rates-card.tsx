import { Card } from "@/components/ui/card";
import { RateStatusBadge } from "@/components/reputation/rate-status-badge";
import { formatRate } from "@/lib/reputation/levels";
import { OWN_RATE_DIFFERENCES } from "@/lib/reputation/own-rates";
import type { OwnRatesView } from "@/lib/reputation/own-rates-query";
import type { CurrentReputation } from "@/lib/reputation/current-reputation";

const show = (v: number | null, digits: number) => (v === null ? "—" : formatRate(v, digits));

/** CloudWatch's rates beside the ones the dashboard counts from its own notifications, and why they differ. */
export function OwnRatesCard({ own, current }: { own: OwnRatesView; current: CurrentReputation }) {
  return (
    <Card title="How the rates are computed">
      <div className="space-y-3 text-sm">
        <p>
          SES computes its rates over a representative volume of the account&apos;s recent mail, not over a fixed window. It counts only
          hard (permanent) bounces, and leaves out mail to the mailbox simulator and to addresses and domains you have verified. The figures
          above are CloudWatch&apos;s own <code>Reputation.BounceRate</code> and <code>Reputation.ComplaintRate</code>.
        </p>
        <table className="w-full max-w-xl text-left">
          <thead>
            <tr className="text-slate-500">
              <th className="py-1 font-medium">Last 24 hours</th>
              <th className="py-1 font-medium">Bounce rate</th>
              <th className="py-1 font-medium">Complaint rate</th>
              <th className="py-1 font-medium">Volume</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td className="py-1">CloudWatch (AWS)</td>
              <td>{show(current.bounce.value, 2)}</td>
              <td>{show(current.complaint.value, 3)}</td>
              <td>{current.volumes24h.send ?? "—"} sent</td>
            </tr>
            <tr data-testid="own-rates">
              <td className="py-1">This dashboard&apos;s events</td>
              <td className="space-x-1">
                <span>{show(own.bounceRate, 2)}</span>
                <RateStatusBadge status={own.bounceStatus} />
              </td>
              <td className="space-x-1">
                <span>{show(own.complaintRate, 3)}</span>
                <RateStatusBadge status={own.complaintStatus} />
              </td>
              <td>{own.volume} counted</td>
            </tr>
          </tbody>
        </table>
        {own.sendsFrom === "none" ? (
          <p>
            The dashboard has received no delivery, bounce or complaint notification in the last 24 hours, so it has no rates of its own
            yet.
          </p>
        ) : (
          <p className="text-slate-600 dark:text-slate-400">
            Sends counted from {own.sendsFrom === "send-events" ? "SEND events" : "deliveries and bounces (one per recipient)"};{" "}
            {own.eventsRead} events read
            {own.truncated ? " (the first ones only)" : ""}. Mailbox-simulator recipients are left out.
          </p>
        )}
        <p className="font-medium">Why the two can differ</p>
        <ul className="list-disc pl-5">
          {OWN_RATE_DIFFERENCES.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
