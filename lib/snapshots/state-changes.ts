/** The fields of a reading whose changes the history page lists as events. */
export type TrackedState = {
  production: boolean | null;
  sendingEnabled: boolean | null;
  enforcementStatus: string | null;
  reviewStatus: string | null;
};

export type StateChange = { kind: string; fromValue: string | null; toValue: string | null; message: string };

const str = (v: boolean | string | null) => (v === null ? null : String(v));

/** Compares two successive good readings; the first reading of a region is not a change. */
export function stateChanges(before: TrackedState | null, after: TrackedState): StateChange[] {
  if (!before) return [];
  const out: StateChange[] = [];
  if (before.production !== after.production && after.production !== null) {
    out.push({
      kind: "production",
      fromValue: str(before.production),
      toValue: str(after.production),
      message: after.production ? "Production access granted: the sandbox limits are lifted." : "The account is back in the sandbox.",
    });
  }
  if (before.sendingEnabled !== after.sendingEnabled && after.sendingEnabled !== null) {
    out.push({
      kind: "sending",
      fromValue: str(before.sendingEnabled),
      toValue: str(after.sendingEnabled),
      message: after.sendingEnabled ? "Sending resumed." : "Sending paused for the account.",
    });
  }
  if (before.enforcementStatus !== after.enforcementStatus && after.enforcementStatus !== null) {
    out.push({
      kind: "enforcement",
      fromValue: before.enforcementStatus,
      toValue: after.enforcementStatus,
      message: `Enforcement status changed from ${before.enforcementStatus ?? "unknown"} to ${after.enforcementStatus}.`,
    });
  }
  if (before.reviewStatus !== after.reviewStatus && after.reviewStatus !== null) {
    out.push({
      kind: "review",
      fromValue: before.reviewStatus,
      toValue: after.reviewStatus,
      message: `Production-access review ${after.reviewStatus.toLowerCase()}${before.reviewStatus ? ` (was ${before.reviewStatus.toLowerCase()})` : ""}.`,
    });
  }
  return out;
}
