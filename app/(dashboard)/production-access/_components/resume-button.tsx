"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { resumeFromLastAction } from "../actions";

export function ResumeButton({ label }: { label: string }) {
  const [state, action, pending] = useActionState(resumeFromLastAction, undefined);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Opening…" : label}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </form>
  );
}
