"use client";

import { useActionState, useState } from "react";
import type { MutationResult } from "@/lib/auth/mutation";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addDomainSchema } from "@/lib/validation/domain";

type State = MutationResult<{ message: string }> | undefined;

/** Adds a domain identity; the shared schema checks the name before the server does. */
export function AddDomainForm({ action }: { action: (state: State, form: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const errors = { ...(state && !state.ok ? state.fieldErrors : undefined), ...local };
  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(e) => {
        const parsed = addDomainSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
        if (parsed.success) return setLocal({});
        e.preventDefault();
        const next: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (next[String(issue.path[0])] ??= []).push(issue.message);
        setLocal(next);
      }}
      className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start"
    >
      <Field label="Domain" name="domain" required errors={errors.domain} hint="The domain you send from, such as example.com." />
      <Field
        label="MAIL FROM subdomain"
        name="mailFrom"
        defaultValue="mail"
        errors={errors.mailFrom}
        hint="Leave empty to skip the custom MAIL FROM."
      />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} sm:mt-6`}>
        {pending ? "Adding…" : "Add domain"}
      </button>
      <div className="sm:col-span-3">
        <FormMessage error={state && !state.ok && !state.fieldErrors ? state.error : undefined} />
      </div>
    </form>
  );
}
