"use server";

import { revalidatePath } from "next/cache";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { setConfirmation } from "@/lib/readiness/confirmations";
import { READINESS_ACTIONS } from "@/lib/readiness/run-action";
import { selectedRegion } from "@/lib/settings/selected-region";
import { collectRegion } from "@/lib/snapshots/collect-region";
import { readinessActionSchema } from "@/lib/validation/readiness-action";
import { readinessConfirmationSchema } from "@/lib/validation/readiness-confirmation";

export type ReadinessActionState = MutationResult<{ message: string; score?: number }> | undefined;

/** Runs a checklist fix (admins only), then reads the region again so the checklist shows the result. */
export async function runReadinessAction(_: ReadinessActionState, form: FormData): Promise<ReadinessActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    { role: "admin", schema: readinessActionSchema, audit: (input) => ({ action: `readiness.${input.action}`, target: region }) },
    formObject(form),
    async ({ action }) => {
      const spec = READINESS_ACTIONS[action];
      if (!spec) throw new MutationRefused(422, "The dashboard cannot do this one yet: follow the console steps.");
      try {
        await spec.run(region);
      } catch (e) {
        throw new MutationRefused(409, describeAwsError(e, action));
      }
      const reading = await collectRegion(region, { trigger: "manual" });
      return { message: spec.done, score: reading.score };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/**
 * An admin vouches for an item the dashboard cannot observe, or takes it back. Who and when are stored as the
 * check's evidence and written to the audit log; the region is read again so the checklist shows it at once.
 */
export async function confirmReadinessItem(_: ReadinessActionState, form: FormData): Promise<ReadinessActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "admin",
      schema: readinessConfirmationSchema,
      audit: (i) => ({ action: i.confirmed ? "readiness.confirm" : "readiness.unconfirm", target: i.check, region }),
    },
    formObject(form),
    async ({ check, confirmed }, actor) => {
      await setConfirmation(region, check, confirmed ? actor.email : undefined);
      const reading = await collectRegion(region, { trigger: "manual" });
      return { message: confirmed ? `Confirmed by ${actor.email}.` : "Confirmation taken back.", score: reading.score };
    },
  );
  revalidatePath("/", "layout");
  return result;
}
