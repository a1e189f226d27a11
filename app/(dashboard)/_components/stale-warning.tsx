import type { AccountView } from "@/lib/snapshots/account-view";

const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 19)} UTC`;

/** Said plainly on every page built from snapshots: the last read failed, and these figures are older. */
export function StaleWarning({ view }: { view: AccountView }) {
  if (!view.lastFailure) return null;
  return (
    <p role="status" data-testid="stale-warning" className="mb-4 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
      The last reading from AWS failed at {utc(view.lastFailure.at)}: {view.lastFailure.error}
      {view.lastGood ? ` The figures below are from ${utc(view.lastGood.readAt)}.` : ""}
    </p>
  );
}
