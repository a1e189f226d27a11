"use client";

import { useActionState } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveBounceSettingsAction } from "../actions";

export function SettingsForm({
  softBounceWindowDays,
  pipelineSilenceHours,
}: {
  softBounceWindowDays: number;
  pipelineSilenceHours: number;
}) {
  const [state, action, pending] = useActionState(saveBounceSettingsAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid items-end gap-3 sm:grid-cols-3">
      <Field
        label="Soft-bounce window (days)"
        name="softBounceWindowDays"
        type="number"
        defaultValue={String(softBounceWindowDays)}
        errors={errors?.softBounceWindowDays}
        hint="3 soft bounces within it suppress an address."
      />
      <Field
        label="Silence alert after (hours)"
        name="pipelineSilenceHours"
        type="number"
        defaultValue={String(pipelineSilenceHours)}
        errors={errors?.pipelineSilenceHours}
        hint="Sends but no notification for this long turns red."
      />
      <div className="space-y-2">
        <button type="submit" disabled={pending} className={buttonStyles.secondary}>
          Save
        </button>
        <FormMessage error={state && !state.ok && !errors ? state.error : undefined} success={state?.ok ? state.data.message : undefined} />
      </div>
    </form>
  );
}
