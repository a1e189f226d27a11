"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAlerts } from "@/lib/alerts/run-alerts";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { describeAwsError } from "@/lib/aws/describe-aws-error";
import { repairAlarms } from "@/lib/reputation/alarm-status";
import { collectReputation } from "@/lib/reputation/collect-reputation";
import { DEMO_RATE_SCENARIOS, setDemoRates, type DemoRateScenario } from "@/lib/reputation/demo-rates";
import { isDemo } from "@/lib/env";
import { selectedRegion } from "@/lib/settings/selected-region";
import { rereadAfterChange } from "@/lib/snapshots/reread-after-change";
import { repairAlarmsSchema } from "@/lib/validation/alert-settings";

export type ReputationActionState = MutationResult<{ message: string }> | undefined;

/** Reads the CloudWatch metrics since the last collection now (operators), then raises any alert they call for. */
export async function collectNowAction(_: ReputationActionState, form: FormData): Promise<ReputationActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    { role: "operator", schema: z.object({}), audit: () => ({ action: "reputation.collect", target: region }) },
    formObject(form),
    async () => {
      const run = await collectReputation(region);
      if (run.error) throw new MutationRefused(409, run.error);
      const alerts = await runAlerts(region);
      const added = run.created + run.updated;
      return {
        message: `Read ${added} new or changed period${added === 1 ? "" : "s"}${run.complete ? "" : " (CloudWatch's answer was incomplete; the rest is asked again next time)"}${alerts.alerts.length ? `; ${alerts.alerts.length} new alert(s)` : ""}.`,
      };
    },
  );
  revalidatePath("/reputation");
  return result;
}

/** Creates or repairs the four recommended alarms (admins), notifying the configured topic or the dashboard's own. */
export async function repairAlarmsAction(_: ReputationActionState, form: FormData): Promise<ReputationActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "admin",
      schema: repairAlarmsSchema,
      audit: (_input, data) => ({ action: "reputation.repair-alarms", target: region, details: { actionArn: data.actionArn } }),
    },
    formObject(form),
    async () => {
      try {
        const done = await repairAlarms(region);
        await rereadAfterChange(region);
        return { message: `The ${done.names.length} recommended alarms now notify ${done.actionArn}.`, actionArn: done.actionArn };
      } catch (e) {
        throw new MutationRefused(409, describeAwsError(e, "cloudwatch:PutMetricAlarm"));
      }
    },
  );
  revalidatePath("/", "layout");
  return result.ok ? { ok: true, data: { message: result.data.message } } : result;
}

const demoRatesSchema = z.object({ scenario: z.enum(Object.keys(DEMO_RATE_SCENARIOS) as [DemoRateScenario, ...DemoRateScenario[]]) });

/** Demo mode only (admins): gives the simulated account other rates for the current hour, then reads it as a collection would. */
export async function demoRatesAction(_: ReputationActionState, form: FormData): Promise<ReputationActionState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "admin",
      schema: demoRatesSchema,
      audit: (input) => ({ action: "reputation.demo-rates", target: region, details: { scenario: input.scenario } }),
    },
    formObject(form),
    async ({ scenario }) => {
      if (!isDemo()) throw new MutationRefused(409, "Only the demo's simulated account can be given other rates.");
      await setDemoRates(region, scenario);
      const [reading] = await rereadAfterChange(region);
      if (reading?.status === "failed") throw new MutationRefused(409, `The reading failed: ${reading.error}`);
      return { message: `The simulated account now shows ${DEMO_RATE_SCENARIOS[scenario].label} this hour, and was read again.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}
