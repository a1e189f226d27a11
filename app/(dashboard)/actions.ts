"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runMutation, type MutationResult } from "@/lib/auth/mutation";
import { selectedRegion } from "@/lib/settings/selected-region";
import { collectRegion, type CollectResult } from "@/lib/snapshots/collect-region";

export type RefreshState = MutationResult<CollectResult> | undefined;

/** Reads the selected region from AWS now, outside the schedule. */
export async function refreshAction(): Promise<RefreshState> {
  const region = await selectedRegion();
  const result = await runMutation(
    {
      role: "operator",
      schema: z.object({}),
      audit: (_, r) => ({ action: "snapshot.refresh", target: region, details: { status: r.status } }),
    },
    {},
    () => collectRegion(region, { trigger: "manual" }),
  );
  revalidatePath("/", "layout");
  if (result.ok && result.data.status === "failed") return { ok: false, status: 409, error: `The reading failed: ${result.data.error}` };
  return result;
}
