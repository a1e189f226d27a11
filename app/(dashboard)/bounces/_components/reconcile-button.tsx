"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { reconcileAction } from "../actions";

const List = ({ title, items }: { title: string; items: string[] }) => (
  <div>
    <p className="font-medium">
      {title}: {items.length}
    </p>
    {items.length > 0 && (
      <p className="break-all text-slate-600 dark:text-slate-400">
        {items.slice(0, 50).join(", ")}
        {items.length > 50 ? ", …" : ""}
      </p>
    )}
  </div>
);

export function ReconcileButton() {
  const [state, action, pending] = useActionState(reconcileAction, undefined);
  return (
    <form action={action} className="space-y-2 text-sm">
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>
        {pending ? "Comparing…" : "Compare with SES's suppression list"}
      </button>
      {state && !state.ok && <FormMessage error={state.error} />}
      {state?.ok && (
        <div data-testid="reconcile-result" className="space-y-1">
          <p>{state.data.inBoth} addresses on both lists.</p>
          <List title="Only on SES's list (SES will not send to them; the dashboard does not know why)" items={state.data.onlyInSes} />
          <List title="Only on the dashboard's list (not copied to SES: in the sandbox SES refuses copies)" items={state.data.onlyHere} />
        </div>
      )}
    </form>
  );
}
