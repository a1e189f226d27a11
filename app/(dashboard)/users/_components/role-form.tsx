"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { ROLES } from "@/lib/auth/roles";
import { changeRoleAction } from "../actions";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: string }) {
  const [state, action, pending] = useActionState(changeRoleAction, undefined);
  const error = state?.result && !state.result.ok ? state.result.error : undefined;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>
        Save role
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
      {state?.result?.ok && (
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Saved.
        </span>
      )}
    </form>
  );
}
