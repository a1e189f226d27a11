import Link from "next/link";
import { formatRate } from "@/lib/reputation/levels";
import type { Spike } from "@/lib/reputation/find-spikes";
import type { SpikeEvent } from "@/lib/reputation/spike-events";
import { utcMinute } from "@/components/reputation/format-duration";

export type SpikeWithEvents = { spike: Spike; total: number; events: SpikeEvent[] };

/** Each run above the review level in the range, newest first, with the notifications of its worst hour. */
export function SpikeList({ spikes }: { spikes: SpikeWithEvents[] }) {
  if (spikes.length === 0) return <p className="text-sm">No period in this range reached AWS&apos;s review level.</p>;
  return (
    <ul className="space-y-4" data-testid="spike-list">
      {spikes.map(({ spike, total, events }) => (
        <li key={`${spike.metric}-${spike.startMs}`} className="space-y-1">
          <p className="font-medium">
            {spike.metric === "bounce" ? "Bounce" : "Complaint"} rate up to{" "}
            {formatRate(spike.peak.value, spike.metric === "complaint" ? 3 : 2)} (
            {spike.level === "at-risk" ? "pause level" : "review level"}) from {utcMinute(spike.startMs)} to {utcMinute(spike.endMs)}
          </p>
          {total === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The dashboard received no {spike.metric} notification in the peak hour ({utcMinute(spike.peak.t)}), mailbox-simulator messages
              left out. Notifications reach it once bounce and complaint handling is set up.
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {total} {spike.metric} notification{total === 1 ? "" : "s"} in the peak hour from {utcMinute(spike.peak.t)}
                {total > events.length ? `, the first ${events.length} shown` : ""} (mailbox-simulator messages left out):
              </p>
              <ul className="list-disc pl-6 text-sm">
                {events.map((e) => (
                  <li key={e.id}>
                    <code>{e.recipient}</code> {e.bounceType ? `${e.bounceType}/${e.bounceSubType ?? "?"}` : (e.feedbackType ?? "")}{" "}
                    {e.diagnostic ? `— ${e.diagnostic}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Link href="/bounces" className="text-sm text-sky-700 underline dark:text-sky-400">
            All bounces and complaints
          </Link>
        </li>
      ))}
    </ul>
  );
}
