"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInSchema, type FieldErrors } from "@/lib/validation/user";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

type Props = { callbackUrl: string; oidcName?: string; initialError?: string };

export function SignInForm({ callbackUrl, oidcName, initialError }: Props) {
  const [error, setError] = useState(initialError ? signInErrorMessage(initialError) : undefined);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>();
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parsed = signInSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (!parsed.success) return setFieldErrors(parsed.error.flatten().fieldErrors as FieldErrors);
    setFieldErrors(undefined);
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field label="E-mail" name="email" type="email" autoComplete="username" errors={fieldErrors?.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" errors={fieldErrors?.password} />
        <FormMessage error={error} />
        <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidcName && (
        <button type="button" onClick={() => signIn("oidc", { callbackUrl })} className={`${buttonStyles.secondary} w-full`}>
          Sign in with {oidcName}
        </button>
      )}
    </div>
  );
}
