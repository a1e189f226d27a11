"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveFromAddressAction } from "../actions";

/** The address the dashboard sends with; empty falls back to the server's AWS_SES_FROM_EMAIL. */
export function FromAddressForm({ saved, environment, warning }: { saved?: string; environment?: string; warning?: string }) {
  const [state, action, pending] = useActionState(saveFromAddressAction, undefined);
  const shownWarning = state?.ok ? state.data.warning : warning;
  return (
    <form action={action} className="space-y-3 text-sm">
      <Field
        label="From address"
        name="fromEmail"
        type="email"
        defaultValue={saved ?? ""}
        autoComplete="off"
        errors={state && !state.ok ? state.fieldErrors?.fromEmail : undefined}
        hint={
          environment
            ? `Leave empty to use the server's AWS_SES_FROM_EMAIL (${environment}).`
            : "Leave empty to send no mail until one is set."
        }
      />
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Saving…" : "Save From address"}
      </button>
      {state?.ok && <FormMessage success={state.data.message} />}
      {state && !state.ok && !state.fieldErrors && <FormMessage error={state.error} />}
      {shownWarning && (
        <p
          data-testid="from-address-warning"
          className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {shownWarning}
        </p>
      )}
    </form>
  );
}
