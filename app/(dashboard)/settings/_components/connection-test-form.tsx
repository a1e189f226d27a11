"use client";

import { useActionState } from "react";
import { ConnectionResult } from "@/components/settings/connection-result";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { testConnectionAction } from "../actions";

type Props = { regions: string[]; current: string; accounts: { id: string; name: string }[]; currentAccount: string };

const select = "block rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-950";

/** Operators and admins test how the server reaches one watched account in one watched region. */
export function ConnectionTestForm({ regions, current, accounts, currentAccount }: Props) {
  const [state, action, pending] = useActionState(testConnectionAction, undefined);
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-end gap-2 text-sm">
        <div className="space-y-1">
          <label htmlFor="test-account" className="block font-medium">
            Account to test
          </label>
          <select id="test-account" name="account" defaultValue={currentAccount} className={select}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="test-region" className="block font-medium">
            Region to test
          </label>
          <select id="test-region" name="region" defaultValue={current} className={select}>
            {regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Testing…" : "Test connection"}
        </button>
      </form>
      {state && !state.ok && <FormMessage error={state.error} />}
      {state?.ok && <ConnectionResult result={state.data} />}
    </div>
  );
}
