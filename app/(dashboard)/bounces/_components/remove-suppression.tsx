"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { removeSuppressionAction } from "../actions";

export function RemoveSuppression({ address }: { address: string }) {
  const [state, action, pending] = useActionState(removeSuppressionAction, undefined);
  if (state?.ok)
    return (
      <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        {state.data.message}
      </span>
    );
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-sky-700 dark:text-sky-400">Remove…</summary>
      <form action={action} className="mt-1 flex flex-wrap items-center gap-1">
        <input type="hidden" name="address" value={address} />
        <label className="sr-only" htmlFor={`reason-${address}`}>
          Reason for removing {address}
        </label>
        <input
          id={`reason-${address}`}
          name="reason"
          required
          minLength={5}
          placeholder="Why may it receive mail again?"
          className="w-56 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
        />
        <button type="submit" disabled={pending} className={buttonStyles.danger}>
          Remove
        </button>
        {state && !state.ok && (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {state.fieldErrors?.reason?.join(" ") ?? state.error}
          </span>
        )}
      </form>
    </details>
  );
}
