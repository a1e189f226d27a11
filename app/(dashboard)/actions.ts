"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runMutation, type MutationResult } from "@/lib/auth/mutation";
import { env } from "@/lib/env";
import { collectAccountSnapshot } from "@/lib/snapshots/collect-account";

export type RefreshState = MutationResult<{ ok: boolean; error?: string }> | undefined;

export async function refreshAction(): Promise<RefreshState> {
  const region = env().AWS_SES_REGION;
  const result = await runMutation(
    { role: "operator", schema: z.object({}), audit: (_, r) => ({ action: "snapshot.refresh", region, details: { ok: r.ok } }) },
    {},
    () => collectAccountSnapshot(region),
  );
  revalidatePath("/");
  return result;
}
