"use server";

import { revalidatePath } from "next/cache";
import { saveAlertSettings } from "@/lib/alerts/alert-channels";
import { acknowledgeAlert } from "@/lib/alerts/alert-list";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { acknowledgeAlertSchema, alertSettingsSchema } from "@/lib/validation/alert-settings";

export type AlertActionState = MutationResult<{ message: string }> | undefined;

/** An operator marks an alert as seen; the first acknowledgement is the one kept. */
export async function acknowledgeAlertAction(_: AlertActionState, form: FormData): Promise<AlertActionState> {
  const result = await runMutation(
    { role: "operator", schema: acknowledgeAlertSchema, audit: (input) => ({ action: "alert.acknowledge", target: input.id }) },
    formObject(form),
    async ({ id }, actor) => {
      if (!(await acknowledgeAlert(id, actor.email))) throw new MutationRefused(404, "This alert no longer exists.");
      return { message: "Acknowledged." };
    },
  );
  revalidatePath("/alerts");
  revalidatePath("/reputation");
  return result;
}

/** Admins choose where alerts go; the audit entry records the channels, not the webhook URL (it is a secret in Slack). */
export async function saveAlertSettingsAction(_: AlertActionState, form: FormData): Promise<AlertActionState> {
  const result = await runMutation(
    {
      role: "admin",
      schema: alertSettingsSchema,
      audit: (input) => ({
        action: "alert.settings",
        details: { webhook: input.webhookUrl !== null, emails: input.emails.length, alarmTopicArn: input.alarmTopicArn },
      }),
    },
    formObject(form),
    async (input) => {
      await saveAlertSettings(input);
      return { message: "Saved. New alerts go to the channels above." };
    },
  );
  revalidatePath("/alerts");
  return result;
}
