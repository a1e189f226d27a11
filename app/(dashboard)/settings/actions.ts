"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { testConnection, type ConnectionTestResult } from "@/lib/aws/connection-test";
import { saveFromAddress } from "@/lib/settings/from-address-setting";
import { changeWatchedRegions, configuredRegions, RegionChangeRefused } from "@/lib/settings/regions";
import { fromAddressSchema, fromAddressWarning, regionChangeSchema, regionNameField } from "@/lib/validation/aws-settings";

export type SettingsState = MutationResult<{ message: string; warning?: string }> | undefined;
export type ConnectionTestState = MutationResult<ConnectionTestResult> | undefined;

/** Adds or removes one watched region (admins); the header's switcher follows at once. */
export async function changeRegionAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation(
    { role: "admin", schema: regionChangeSchema, audit: (input) => ({ action: `settings.region.${input.op}`, target: input.region }) },
    formObject(form),
    async ({ op, region }) => {
      try {
        await changeWatchedRegions({ op, region });
      } catch (e) {
        if (e instanceof RegionChangeRefused) throw new MutationRefused(409, e.message);
        throw e;
      }
      return { message: op === "add" ? `${region} is now watched.` : `${region} is no longer watched.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/** Saves or clears the From address (admins). A free-mail address is saved, with a warning beside it. */
export async function saveFromAddressAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation(
    { role: "admin", schema: fromAddressSchema, audit: (input) => ({ action: "settings.from-address", details: { fromEmail: input.fromEmail ?? null } }) },
    formObject(form),
    async ({ fromEmail }) => {
      await saveFromAddress(fromEmail);
      return {
        message: fromEmail ? `Mail is now sent from ${fromEmail}.` : "The saved address is cleared: the server's AWS_SES_FROM_EMAIL applies.",
        warning: fromAddressWarning(fromEmail),
      };
    },
  );
  revalidatePath("/settings");
  return result;
}

/** Calls AWS as the server (operators and admins); the audit log keeps who tested and what was missing. */
export async function testConnectionAction(_: ConnectionTestState, form: FormData): Promise<ConnectionTestState> {
  return runMutation(
    {
      role: "operator",
      schema: z.object({ region: regionNameField }),
      audit: (input, r) => ({
        action: "settings.connection-test",
        target: input.region,
        details: { account: r.identity.ok ? r.identity.account : null, missing: r.checks.filter((c) => c.status !== "granted").map((c) => c.action) },
      }),
    },
    formObject(form),
    async ({ region }) => {
      if (!(await configuredRegions()).includes(region)) throw new MutationRefused(422, `${region} is not a watched region.`);
      return testConnection(region);
    },
  );
}
