"use client";

import { useActionState, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { createUserSchema, type FieldErrors } from "@/lib/validation/user";
import { createUserAction } from "../actions";
import { fieldErrorsOf } from "./field-errors-of";

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, undefined);
  const [clientErrors, setClientErrors] = useState<FieldErrors>();
  const errors = clientErrors ?? fieldErrorsOf(state?.result);

  function validate(e: React.FormEvent<HTMLFormElement>) {
    const parsed = createUserSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (parsed.success) return setClientErrors(undefined);
    e.preventDefault();
    setClientErrors(parsed.error.flatten().fieldErrors as FieldErrors);
  }

  return (
    <form
      action={action}
      onSubmit={validate}
      noValidate
      className="grid gap-3 md:grid-cols-2"
      key={state?.result?.ok ? state.nonce : "form"}
    >
      <Field label="E-mail" name="email" type="email" autoComplete="off" errors={errors?.email} />
      <Field label="Name (optional)" name="name" errors={errors?.name} />
      <Field
        label="Initial password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={errors?.password}
        hint="At least 10 characters. Share it privately."
      />
      <div className="space-y-1">
        <label htmlFor="role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="role"
          name="role"
          defaultValue="viewer"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <button type="submit" disabled={pending} className={buttonStyles.primary}>
          {pending ? "Creating…" : "Create user"}
        </button>
        <FormMessage
          error={state?.result && !state.result.ok && !clientErrors ? state.result.error : undefined}
          success={state?.result?.ok ? "User created." : undefined}
        />
      </div>
    </form>
  );
}
