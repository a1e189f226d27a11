import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { currentUser } from "@/lib/auth/session";
import { env, oidcConfigured } from "@/lib/env";
import { hasAnyUser } from "@/lib/users/first-admin";
import { FirstAdminForm } from "./_components/first-admin-form";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await currentUser()) redirect("/");
  const { callbackUrl, error } = await searchParams;
  const firstRun = !(await hasAnyUser());
  const settings = env();
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight">SES Launchpad</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        {firstRun ? "No one has an account yet. Create the first admin to start." : "Sign in to your dashboard."}
      </p>
      {settings.LAUNCHPAD_DEMO === "1" && !firstRun && (
        <p data-testid="demo-credentials" className="mb-4 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950">
          Demo mode: sign in as <strong>demo@example.com</strong> with password <strong>demo</strong>.
        </p>
      )}
      {firstRun ? (
        <FirstAdminForm />
      ) : (
        <SignInForm
          callbackUrl={safeCallbackPath(callbackUrl)}
          oidcName={oidcConfigured() ? settings.OIDC_NAME : undefined}
          initialError={error}
        />
      )}
    </main>
  );
}
