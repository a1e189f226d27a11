"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { refreshAction } from "../actions";

export function RefreshButton() {
  const [state, action, pending] = useActionState(refreshAction, undefined);
  return (
    <form action={action} className="flex items-center gap-2">
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>
        {pending ? "Reading from AWS…" : "Refresh"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}
