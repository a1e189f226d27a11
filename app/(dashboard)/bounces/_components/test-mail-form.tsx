"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { MAILBOX_SIMULATOR } from "@/lib/validation/test-mail";
import { sendTestMailAction } from "../actions";

export function TestMailForm({ defaultFrom }: { defaultFrom?: string }) {
  const [state, action, pending] = useActionState(sendTestMailAction, undefined);
  const router = useRouter();
  const sent = state?.ok && state.data.ok ? state.data.messageId : undefined;
  // The notification follows the send by seconds: refresh the page for a minute so its event shows up.
  useEffect(() => {
    if (!sent) return;
    const started = Date.now();
    const timer = setInterval(() => (Date.now() - started > 60_000 ? clearInterval(timer) : router.refresh()), 2_000);
    return () => clearInterval(timer);
  }, [sent, router]);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="From"
          name="from"
          type="email"
          defaultValue={defaultFrom}
          errors={fieldErrors?.from}
          hint="An address of a verified identity of this region."
          required
        />
        <div>
          <Field
            label="To"
            name="to"
            type="email"
            errors={fieldErrors?.to}
            hint="Any address allowed in the current mode, or a mailbox simulator address below."
            required
          />
        </div>
      </div>
      <div className="flex flex-wrap gap-2 text-xs">
        {MAILBOX_SIMULATOR.map((s) => (
          <button
            key={s.address}
            type="button"
            className={buttonStyles.secondary}
            onClick={(e) => {
              const input = e.currentTarget.form?.elements.namedItem("to") as HTMLInputElement | null;
              if (input) input.value = s.address;
            }}
          >
            {s.label}
          </button>
        ))}
      </div>
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Sending…" : "Send test message"}
      </button>
      {state && !state.ok && <FormMessage error={state.error} />}
      {state?.ok && state.data.ok && (
        <FormMessage success={`SES accepted the message (MessageId ${state.data.messageId}). Its event appears below within seconds.`} />
      )}
      {state?.ok && !state.data.ok && (
        <div
          role="alert"
          data-testid="send-error"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">{state.data.explanation.title}</p>
          <ul className="mt-1 list-disc pl-5">
            {state.data.explanation.actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
