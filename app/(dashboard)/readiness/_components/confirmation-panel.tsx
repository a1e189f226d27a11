import { ActionButton } from "@/components/ui/action-button";
import type { Check } from "@/lib/readiness/types";
import { confirmReadinessItem } from "../actions";

const when = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";

/** For items only a person can vouch for: who confirmed it and when, and the one click to confirm or take it back. */
export function ConfirmationPanel({ check, canAct }: { check: Check & { confirm: NonNullable<Check["confirm"]> }; canAct: boolean }) {
  const { by, at } = check.confirm;
  return (
    <div data-testid="confirmation" className="space-y-2">
      <p>
        <strong>Admin confirmation.</strong>{" "}
        {by && at
          ? `${by} confirmed this on ${when(at)}.`
          : "The dashboard cannot observe this item: an admin confirms it once it is true."}
      </p>
      {canAct ? (
        by ? (
          <ActionButton
            action={confirmReadinessItem}
            fields={{ check: check.id, confirmed: "false" }}
            label="Undo confirmation"
            pendingLabel="Working…"
            variant="secondary"
          />
        ) : (
          <ActionButton
            action={confirmReadinessItem}
            fields={{ check: check.id, confirmed: "true" }}
            label="Confirm it is done"
            pendingLabel="Working…"
          />
        )
      ) : (
        !by && <p className="text-xs text-slate-500">An admin confirms this item.</p>
      )}
    </div>
  );
}
