import type { TestSendOutcome } from "@/lib/bounces/test-send-outcome";

type Row = { id: string; createdAt: Date; fromAddress: string; toAddress: string; sesMessageId: string | null; outcome: TestSendOutcome };

const TONE: Record<string, string> = {
  delivery: "text-emerald-700 dark:text-emerald-400",
  bounce: "text-red-700 dark:text-red-400",
  complaint: "text-red-700 dark:text-red-400",
};
const time = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");

/** The messages the form sent, each with the event SES sent back for its MessageId. */
export function TestSends({ rows }: { rows: Row[] }) {
  return (
    <ul className="mt-3 space-y-1 text-xs text-slate-600 dark:text-slate-400" data-testid="test-sends">
      {rows.map((t) => {
        const o = t.outcome;
        return (
          <li
            key={t.id}
            data-message-id={t.sesMessageId ?? undefined}
            data-outcome={o.state === "events" ? o.events.map((e) => e.kind).join(" ") : o.state}
          >
            {time(t.createdAt)} · {t.fromAddress} → {t.toAddress} ·{" "}
            {o.state === "events" ? (
              o.events.map((e, i) => (
                <span key={i} className={`font-medium ${TONE[e.kind] ?? ""}`}>
                  {i > 0 && ", then "}
                  {e.kind}
                  {e.detail && ` (${e.detail})`} at {time(e.at).slice(11)}
                </span>
              ))
            ) : (
              <span className={o.state === "failed" || o.overdue ? "font-medium text-red-700 dark:text-red-400" : "italic"}>{o.label}</span>
            )}
            {t.sesMessageId && <span className="block pl-4 font-mono text-[11px] text-slate-500">MessageId {t.sesMessageId}</span>}
          </li>
        );
      })}
    </ul>
  );
}
