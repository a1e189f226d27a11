"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { setUpNotifications } from "@/lib/aws/notification-setup";
import type { NotificationSetupState } from "@/lib/aws/notification-setup-state";
import { currentRequestOrigin, webhookEndpoint } from "@/lib/aws/webhook-endpoint";
import { saveBounceSettings } from "@/lib/bounces/bounce-settings";
import type { SuppressionDiff } from "@/lib/bounces/pipeline-health";
import { reconcileSuppressions, removeSuppression } from "@/lib/bounces/reconcile-suppressions";
import { sendTestMail, type TestMailResult } from "@/lib/bounces/send-test-mail";
import { TEST_MAIL_LIMIT, testMailWait } from "@/lib/bounces/test-mail-limit";
import { selectedRegion } from "@/lib/settings/selected-region";
import { rereadAfterChange } from "@/lib/snapshots/reread-after-change";
import { bounceSettingsSchema, notificationSetupSchema, removeSuppressionSchema } from "@/lib/validation/bounces";
import { testMailSchema } from "@/lib/validation/test-mail";

const aws = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (e) {
    throw new MutationRefused(409, describeAwsError(e, what));
  }
};

export type SetupActionState = MutationResult<NotificationSetupState> | undefined;

export async function setUpNotificationsAction(_: SetupActionState, form: FormData): Promise<SetupActionState> {
  const region = await selectedRegion();
  const endpoint = webhookEndpoint(await currentRequestOrigin());
  const result = await runMutation<typeof notificationSetupSchema, NotificationSetupState>(
    {
      role: "admin",
      schema: notificationSetupSchema,
      audit: (i, s) => ({ action: "bounces.setup", target: i.identity, region, details: { mode: i.mode, endpoint, complete: s.complete } }),
    },
    formObject(form),
    async (input, actor) => {
      const state = await aws("notification set-up", () =>
        setUpNotifications({
          region,
          identity: input.identity,
          mode: input.mode,
          endpoint,
          adminEmail: input.adminEmail || undefined,
          actor: actor.email,
        }),
      );
      await rereadAfterChange(region);
      return state;
    },
  );
  revalidatePath("/", "layout");
  return result;
}

export type TestMailState = MutationResult<TestMailResult> | undefined;

export async function sendTestMailAction(_: TestMailState, form: FormData): Promise<TestMailState> {
  const region = await selectedRegion();
  const result = await runMutation<typeof testMailSchema, TestMailResult>(
    {
      role: "operator",
      schema: testMailSchema,
      audit: (i, r) => ({ action: "bounces.test-mail", target: i.to, region, details: { from: i.from, ok: r.ok } }),
    },
    formObject(form),
    async (input, actor) => {
      const wait = await testMailWait(actor.email);
      if (wait > 0)
        throw new MutationRefused(
          429,
          `You sent ${TEST_MAIL_LIMIT.count} test messages in the last ${TEST_MAIL_LIMIT.windowMs / 60_000} minutes: each is real mail on the account's quota. Send the next in ${wait} s.`,
        );
      const sent = await sendTestMail({ region, from: input.from, to: input.to, actor: actor.email });
      await rereadAfterChange(region);
      return sent;
    },
  );
  revalidatePath("/", "layout");
  return result;
}

export type RemoveState = MutationResult<{ message: string }> | undefined;

export async function removeSuppressionAction(_: RemoveState, form: FormData): Promise<RemoveState> {
  const region = await selectedRegion();
  const result = await runMutation<typeof removeSuppressionSchema, { message: string }>(
    {
      role: "admin",
      schema: removeSuppressionSchema,
      audit: (i, r) => ({
        action: "bounces.suppression.remove",
        target: i.address,
        region,
        details: { reason: i.reason, message: r.message },
      }),
    },
    formObject(form),
    async (input) => {
      const r = await aws("sesv2:DeleteSuppressedDestination", () => removeSuppression(region, input.address));
      if (!r.removed) throw new MutationRefused(404, `${input.address} is not on the list.`);
      return { message: `${input.address} removed${r.fromSes ? " here and from SES's account-level list" : ""}.` };
    },
  );
  revalidatePath("/bounces");
  return result;
}

export type ReconcileState = MutationResult<SuppressionDiff> | undefined;

export async function reconcileAction(): Promise<ReconcileState> {
  const region = await selectedRegion();
  return runMutation(
    {
      role: "operator",
      schema: z.object({}),
      audit: (_, d) => ({ action: "bounces.reconcile", region, details: { onlyHere: d.onlyHere.length, onlyInSes: d.onlyInSes.length } }),
    },
    {},
    () => aws("sesv2:ListSuppressedDestinations", () => reconcileSuppressions(region)),
  );
}

export type SettingsState = MutationResult<{ message: string }> | undefined;

export async function saveBounceSettingsAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation(
    { role: "admin", schema: bounceSettingsSchema, audit: (i) => ({ action: "bounces.settings", details: i }) },
    formObject(form),
    async (input) => {
      await saveBounceSettings(input);
      return { message: "Saved." };
    },
  );
  revalidatePath("/bounces");
  return result;
}
