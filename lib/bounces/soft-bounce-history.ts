import { decideSuppression } from "./decide-suppression";
import type { SesEvent } from "./ses-event";

export type StoredBounce = { occurredAt: Date; bounceType: string | null; bounceSubType: string | null; diagnostic: string | null };

/**
 * The earlier soft bounces that count, as decideSuppression itself judges them (an out-of-office reply or a
 * message-content problem does not), so the rule lives in one place.
 */
export function countedSoftBounces(rows: readonly StoredBounce[]): Date[] {
  return rows
    .filter((r) => {
      const event = {
        kind: "bounce",
        bounceType: r.bounceType ?? undefined,
        bounceSubType: r.bounceSubType ?? undefined,
        timestamp: r.occurredAt,
      } as SesEvent;
      // The rows are one address's, already stored: any valid address stands in for it (the decision checks it is one).
      const recipient = { address: "", normalized: "stored@example.invalid", dedupeKey: "", diagnostic: r.diagnostic ?? undefined };
      return r.bounceType === "Transient" && decideSuppression(event, recipient, { softBounces: [] }).action !== "none";
    })
    .map((r) => r.occurredAt);
}
