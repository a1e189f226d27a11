/** What came back for one message the Test mail form sent, matched by SES MessageId. */
export type TestSendOutcome =
  | { state: "failed"; label: string }
  | { state: "waiting"; label: string; overdue: boolean }
  | { state: "events"; label: string; events: { kind: string; detail: string; at: Date }[] };

type Send = { status: string; sesMessageId: string | null; createdAt: Date; error: string | null };
type Event = {
  kind: string;
  sesMessageId: string;
  receivedAt: Date;
  bounceType: string | null;
  bounceSubType: string | null;
  complaintFeedbackType: string | null;
  recipient: string;
};

// SES usually reports within seconds; after this long, silence says more about the set-up than about the mail.
const OVERDUE_MS = 10 * 60_000;

const detailOf = (e: Event) =>
  e.kind === "bounce"
    ? [e.bounceType, e.bounceSubType].filter(Boolean).join("/")
    : e.kind === "complaint"
      ? (e.complaintFeedbackType ?? "")
      : "";

function errorTitle(error: string | null): string {
  try {
    return (JSON.parse(error ?? "") as { title?: string }).title ?? "unknown error";
  } catch {
    return error ?? "unknown error";
  }
}

/** Events of the message's own MessageId only: a send event says nothing about the outcome, so it is left out. */
export function testSendOutcome(send: Send, events: Event[], now: Date): TestSendOutcome {
  if (send.status !== "sent" || !send.sesMessageId) return { state: "failed", label: `failed: ${errorTitle(send.error)}` };
  const own = events
    .filter((e) => e.sesMessageId === send.sesMessageId && e.kind !== "send")
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
    .map((e) => ({ kind: e.kind, detail: detailOf(e), at: e.receivedAt }));
  if (own.length)
    return { state: "events", label: own.map((e) => (e.detail ? `${e.kind} (${e.detail})` : e.kind)).join(", then "), events: own };
  const overdue = now.getTime() - send.createdAt.getTime() > OVERDUE_MS;
  return {
    state: "waiting",
    overdue,
    label: overdue ? "no event yet: check the set-up above (deliveries arrive only through the configuration set)" : "waiting for an event",
  };
}
