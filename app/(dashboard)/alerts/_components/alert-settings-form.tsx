"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveAlertSettingsAction } from "../actions";

export function AlertSettingsForm({
  webhookUrl,
  emails,
  alarmTopicArn,
  from,
}: {
  webhookUrl: string;
  emails: string;
  alarmTopicArn: string;
  from: string | null;
}) {
  const [state, action, pending] = useActionState(saveAlertSettingsAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="max-w-xl space-y-4">
      <Field
        label="Webhook URL (Slack-compatible)"
        name="webhookUrl"
        defaultValue={webhookUrl}
        errors={errors?.webhookUrl}
        hint="Each new alert is POSTed as JSON with a Slack text and blocks. Leave empty for none."
      />
      <div className="space-y-1">
        <label htmlFor="emails" className="block text-sm font-medium">
          E-mail addresses
        </label>
        <textarea
          id="emails"
          name="emails"
          rows={3}
          defaultValue={emails}
          aria-invalid={errors?.emails?.length ? true : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-sky-600 focus:ring-1 focus:ring-sky-600 focus:outline-none dark:border-slate-700 dark:bg-slate-950"
        />
        {errors?.emails?.length ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.emails.join(" ")}
          </p>
        ) : (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            One per line or comma-separated. Sent through SES from {from ?? "the From address (not configured yet)"}; in the sandbox only
            verified recipients receive it.
          </p>
        )}
      </div>
      <Field
        label="SNS topic ARN for the CloudWatch alarms (optional)"
        name="alarmTopicArn"
        defaultValue={alarmTopicArn}
        errors={errors?.alarmTopicArn}
        hint="Empty: the alarms notify the dashboard's own topic, ses-launchpad-alerts, in each region."
      />
      <FormMessage error={state && !state.ok ? state.error : undefined} success={state?.ok ? state.data.message : undefined} />
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {pending ? "Saving…" : "Save alert channels"}
      </button>
    </form>
  );
}
