"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAccount } from "@/lib/accounts/account-context";
import { AccountChangeRefused, addAccount, findAccount, removeAccount } from "@/lib/accounts/account-registry";
import { describeAccess } from "@/lib/accounts/aws-account";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { testConnection, type ConnectionTestResult } from "@/lib/aws/connection-test";
import { saveFromAddress } from "@/lib/settings/from-address-setting";
import { changeWatchedRegions, configuredRegions, RegionChangeRefused } from "@/lib/settings/regions";
import { rereadAfterChange } from "@/lib/snapshots/reread-after-change";
import { accountRemovalSchema, awsAccountSchema } from "@/lib/validation/aws-account";
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
      // A region just added is read at once: its pages show what AWS says, not "no reading yet".
      if (op === "add") await rereadAfterChange(region);
      return { message: op === "add" ? `${region} is now watched.` : `${region} is no longer watched.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/** Saves or clears the From address (admins). A free-mail address is saved, with a warning beside it. */
export async function saveFromAddressAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation(
    {
      role: "admin",
      schema: fromAddressSchema,
      audit: (input) => ({ action: "settings.from-address", details: { fromEmail: input.fromEmail ?? null } }),
    },
    formObject(form),
    async ({ fromEmail }) => {
      await saveFromAddress(fromEmail);
      // The From address is judged against the identities of every watched region.
      await rereadAfterChange(await configuredRegions());
      return {
        message: fromEmail
          ? `Mail is now sent from ${fromEmail}.`
          : "The saved address is cleared: the server's AWS_SES_FROM_EMAIL applies.",
        warning: fromAddressWarning(fromEmail),
      };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

const refusedAsConflict = (e: unknown): never => {
  if (e instanceof AccountChangeRefused) throw new MutationRefused(409, e.message);
  throw e;
};

/** Watches another account through a profile or a role (admins). Only references are stored, never keys. */
type AddedAccount = { id: string; access: string; message: string };

export async function addAccountAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation<typeof awsAccountSchema, AddedAccount>(
    {
      role: "admin",
      schema: awsAccountSchema,
      audit: (_input, r) => ({ action: "settings.account.add", target: r.id, details: { access: r.access } }),
    },
    formObject(form),
    async (input) => {
      const account = await addAccount(input).catch(refusedAsConflict);
      // Read at once, so the header's switcher leads to a reading (or to the error AWS gave), not an empty page.
      await withAccount(account, async () => rereadAfterChange(await configuredRegions()));
      return { id: account.id, access: describeAccess(account), message: `${account.name} is now watched. Test its connection below.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/** Stops watching an account (admins); its stored readings stay. */
export async function removeAccountAction(_: SettingsState, form: FormData): Promise<SettingsState> {
  const result = await runMutation(
    { role: "admin", schema: accountRemovalSchema, audit: (input) => ({ action: "settings.account.remove", target: input.id }) },
    formObject(form),
    async ({ id }) => {
      const account = await removeAccount(id).catch(refusedAsConflict);
      return { message: `${account.name} is no longer watched.` };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

/** Calls AWS as the chosen account (operators and admins); the audit log keeps who tested and what was missing. */
export async function testConnectionAction(_: ConnectionTestState, form: FormData): Promise<ConnectionTestState> {
  return runMutation(
    {
      role: "operator",
      schema: z.object({ region: regionNameField, account: accountRemovalSchema.shape.id }),
      audit: (input, r) => ({
        action: "settings.connection-test",
        target: `${input.account} ${input.region}`,
        details: {
          account: r.identity.ok ? r.identity.account : null,
          missing: r.checks.filter((c) => c.status !== "granted").map((c) => c.action),
        },
      }),
    },
    formObject(form),
    async ({ region, account: id }) => {
      if (!(await configuredRegions()).includes(region)) throw new MutationRefused(422, `${region} is not a watched region.`);
      const account = await findAccount(id);
      if (!account) throw new MutationRefused(422, "That account is not watched.");
      return withAccount(account, () => testConnection(region));
    },
  );
}
