"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientAddress } from "@/lib/auth/client-address";
import { createFirstAdmin } from "@/lib/users/first-admin";
import { firstAdminSchema, type FieldErrors } from "@/lib/validation/user";

export type FirstAdminState = { fieldErrors?: FieldErrors; error?: string; created?: boolean } | undefined;

// Public by necessity (nobody can be signed in yet), so it works only while no user exists.
export async function createFirstAdminAction(_: FirstAdminState, form: FormData): Promise<FirstAdminState> {
  const parsed = firstAdminSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { fieldErrors: parsed.error.flatten().fieldErrors as FieldErrors };
  const admin = await createFirstAdmin(parsed.data);
  if (!admin) return { error: "An admin already exists. Sign in instead." };
  await recordAudit({
    actor: { id: admin.id, email: admin.email },
    action: "user.create-first-admin",
    target: admin.email,
    ip: clientAddress(await headers()),
  });
  return { created: true };
}
