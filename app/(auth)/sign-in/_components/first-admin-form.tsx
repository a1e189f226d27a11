"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { firstAdminSchema, type FieldErrors } from "@/lib/validation/user";
import { createFirstAdminAction } from "../actions";

export function FirstAdminForm() {
  const [state, action, pending] = useActionState(createFirstAdminAction, undefined);
  const [clientErrors, setClientErrors] = useState<FieldErrors>();
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const errors = clientErrors ?? state?.fieldErrors;

  useEffect(() => {
    // Signed in straight away with what was just typed; the password never leaves this page otherwise.
    if (state?.created && credentials.current) {
      void signIn("credentials", { ...credentials.current, redirect: false }).then(() => window.location.assign("/"));
    }
  }, [state]);

  function validate(e: React.FormEvent<HTMLFormElement>) {
    const parsed = firstAdminSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (!parsed.success) {
      e.preventDefault();
      return setClientErrors(parsed.error.flatten().fieldErrors as FieldErrors);
    }
    setClientErrors(undefined);
    credentials.current = { email: parsed.data.email, password: parsed.data.password };
  }

  return (
    <form action={action} onSubmit={validate} noValidate className="space-y-4">
      <Field label="Your name (optional)" name="name" autoComplete="name" errors={errors?.name} />
      <Field label="E-mail" name="email" type="email" autoComplete="username" errors={errors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={errors?.password}
        hint="At least 10 characters."
      />
      <FormMessage error={state?.error} />
      <button type="submit" disabled={pending || state?.created} className={`${buttonStyles.primary} w-full`}>
        {state?.created ? "Signing in…" : pending ? "Creating…" : "Create admin account"}
      </button>
    </form>
  );
}
