"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { runReadinessAction } from "../actions";

export function ActionButton({ action, label }: { action: string; label: string }) {
  const [state, formAction, pending] = useActionState(runReadinessAction, undefined);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="action" value={action} />
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Working…" : label}
      </button>
      {state?.ok && (
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {state.data.message}
        </span>
      )}
      {state && !state.ok && (
        <span role="alert" data-testid="form-error" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}
