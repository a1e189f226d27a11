"use client";

import { useActionState, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { awsAccountSchema } from "@/lib/validation/aws-account";
import { addAccountAction, removeAccountAction } from "../actions";
import { StopWatchingForm } from "./stop-watching-form";

export type AccountRow = { id: string; name: string; access: string; accountNumber?: string };

const input =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 aria-invalid:border-red-600 dark:border-slate-700 dark:bg-slate-950";

/** The watched accounts; admins add one reached through a role or a profile, or stop watching one. */
export function AccountList({ accounts, canEdit }: { accounts: AccountRow[]; canEdit: boolean }) {
  const [removeState, remove, removing] = useActionState(removeAccountAction, undefined);
  return (
    <div className="space-y-3 text-sm">
      <ul data-testid="watched-accounts" className="divide-y divide-slate-200 dark:divide-slate-800">
        {accounts.map((a) => (
          <li key={a.id} data-account={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0">
              <span className="font-medium">{a.name}</span>
              {a.accountNumber && <span className="ml-2 font-mono text-xs">{a.accountNumber}</span>}
              <span className="block text-xs break-all text-slate-500 dark:text-slate-400">{a.access}</span>
            </span>
            {canEdit && a.id !== "default" && <StopWatchingForm action={remove} fields={{ id: a.id }} name={a.name} pending={removing} />}
          </li>
        ))}
      </ul>
      {removeState && (
        <FormMessage
          error={removeState.ok ? undefined : removeState.error}
          success={removeState.ok ? removeState.data.message : undefined}
        />
      )}
      {canEdit && <AddAccountForm />}
    </div>
  );
}

function AddAccountForm() {
  const [state, action, pending] = useActionState(addAccountAction, undefined);
  const [kind, setKind] = useState<"role" | "profile">("role");
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const errors = { ...(state && !state.ok ? state.fieldErrors : {}), ...clientErrors };
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="space-y-1">
      <label htmlFor={`account-${name}`} className="block font-medium">
        {label}
      </label>
      <input
        id={`account-${name}`}
        name={name}
        autoComplete="off"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `account-${name}-error` : undefined}
        className={input}
        {...props}
      />
      {errors[name] && (
        <p id={`account-${name}-error`} role="alert" className="text-red-700 dark:text-red-400">
          {errors[name].join(" ")}
        </p>
      )}
    </div>
  );
  return (
    <form
      action={action}
      // The server validates again with the same schema; this only spares a round trip.
      onSubmit={(e) => {
        const parsed = awsAccountSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
        const found: Record<string, string[]> = {};
        for (const issue of parsed.error?.issues ?? []) (found[String(issue.path[0])] ??= []).push(issue.message);
        setClientErrors(found);
        if (!parsed.success) e.preventDefault();
      }}
      className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800"
    >
      <p className="font-medium">Add an account</p>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">How the server reaches it</legend>
        {(["role", "profile"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === "role" ? "A role to assume" : "A profile of the server"}
          </label>
        ))}
      </fieldset>
      {field("name", "Name", { placeholder: "Production EU", required: true })}
      {kind === "role" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {field("roleArn", "Role ARN", {
            placeholder: "arn:aws:iam::210987654321:role/SesLaunchpad",
            className: `${input} font-mono`,
            required: true,
          })}
          {field("externalId", "External id (optional)", { className: `${input} font-mono` })}
        </div>
      ) : (
        field("profile", "Profile name in the server's ~/.aws/config", {
          placeholder: "ses-production",
          className: `${input} font-mono`,
          required: true,
        })
      )}
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Saving…" : "Add account"}
      </button>
      {state && !state.ok && !state.fieldErrors && <FormMessage error={state.error} />}
      {state?.ok && <FormMessage success={state.data.message} />}
    </form>
  );
}
