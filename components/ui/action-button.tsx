"use client";

import { useActionState } from "react";
import type { MutationResult } from "@/lib/auth/mutation";
import { buttonStyles } from "@/components/ui/button-styles";

type State = MutationResult<{ message: string }> | undefined;

/** A one-button form for a server action, with its outcome announced beside it. */
export function ActionButton({
  action,
  fields = {},
  label,
  pendingLabel,
  variant = "primary",
}: {
  action: (state: State, form: FormData) => Promise<State>;
  fields?: Record<string, string | undefined>;
  label: string;
  pendingLabel: string;
  variant?: keyof typeof buttonStyles;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([k, v]) => (v === undefined ? null : <input key={k} type="hidden" name={k} value={v} />))}
      <button type="submit" disabled={pending} className={buttonStyles[variant]}>
        {pending ? pendingLabel : label}
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
