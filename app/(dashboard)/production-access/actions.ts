"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formObject, MutationRefused, runMutation, type MutationResult } from "@/lib/auth/mutation";
import { ForbiddenError, requireRole, UnauthenticatedError } from "@/lib/auth/session";
import { observedFacts } from "@/lib/access-request/observed-facts";
import { runPreflight, type Preflight } from "@/lib/access-request/preflight/run-preflight";
import { probeWebsite } from "@/lib/access-request/probe-website";
import { draftFromLast, saveDraft } from "@/lib/access-request/request-store";
import { submitAccessRequest } from "@/lib/access-request/submit-request";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getFromAddress } from "@/lib/settings/from-address";
import { getAccountView } from "@/lib/snapshots/account-view";
import { accessDraftSchema, accessSubmissionSchema, fieldErrorsOf } from "@/lib/validation/access-request";

export type SaveResult = MutationResult<{ savedAt: string; editedBy: string }>;

/**
 * Autosave (operators and admins). Validated like every write, but not audited
 * one keystroke at a time: the audit log records the submission, which is what
 * reaches AWS.
 */
export async function saveDraftAction(answers: unknown): Promise<SaveResult> {
  try {
    const user = await requireRole("operator");
    const parsed = accessDraftSchema.safeParse(answers);
    if (!parsed.success)
      return { ok: false, status: 422, error: "Not saved: correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await saveDraft(await selectedRegion(), parsed.data, user.email);
    return { ok: true, data: { savedAt: saved.updatedAt.toISOString(), editedBy: user.email } };
  } catch (e) {
    if (e instanceof UnauthenticatedError) return { ok: false, status: 401, error: e.message };
    if (e instanceof ForbiddenError) return { ok: false, status: 403, error: "Viewers can read the draft but not change it." };
    throw e;
  }
}

/** The pre-flight review with the website fetched as a reviewer would; anyone signed in may run it. */
export async function preflightAction(answers: unknown): Promise<MutationResult<Preflight>> {
  try {
    await requireRole("viewer");
  } catch (e) {
    if (e instanceof UnauthenticatedError) return { ok: false, status: 401, error: e.message };
    throw e;
  }
  const parsed = accessDraftSchema.safeParse(answers);
  if (!parsed.success)
    return { ok: false, status: 422, error: "Correct the highlighted fields first.", fieldErrors: fieldErrorsOf(parsed.error) };
  const region = await selectedRegion();
  const url = parsed.data.websiteUrl;
  const [view, from, website] = await Promise.all([
    getAccountView(region),
    getFromAddress(),
    url ? probeWebsite(url) : Promise.resolve(undefined),
  ]);
  return { ok: true, data: runPreflight(parsed.data, observedFacts(region, view, from, website)) };
}

export type SubmitResult = MutationResult<{ caseId: string | null; reviewStatus: string | null }>;

/** Sends the request to SES (admins only), then shows the review status at once. */
export async function submitAccessRequestAction(answers: unknown): Promise<SubmitResult> {
  const region = await selectedRegion();
  const result = await runMutation<typeof accessSubmissionSchema, { caseId: string | null; reviewStatus: string | null }>(
    {
      role: "admin",
      schema: accessSubmissionSchema,
      audit: (a, r) => ({
        action: "access-request.submit",
        target: region,
        details: {
          mailType: a.mailType,
          websiteUrl: a.websiteUrl,
          contacts: a.contacts?.length ?? 0,
          descriptionSent: !!a.includeDescription,
          caseId: r.caseId,
        },
      }),
    },
    answers,
    async (input, actor) => {
      const out = await submitAccessRequest(region, input, actor);
      if (!out.ok) throw new MutationRefused(out.status, out.error, out.fieldErrors);
      return { caseId: out.caseId, reviewStatus: out.reviewStatus };
    },
  );
  revalidatePath("/", "layout");
  return result;
}

export type ResumeState = MutationResult<{ id: string }> | undefined;

/** After FAILED (resubmit) or DENIED (update the prepared reply): a draft from the last request's answers. */
export async function resumeFromLastAction(_: ResumeState, form: FormData): Promise<ResumeState> {
  const region = await selectedRegion();
  const resumeSchema = z.object({});
  const result = await runMutation<typeof resumeSchema, { id: string }>(
    {
      role: "operator",
      schema: resumeSchema,
      audit: (_i, r) => ({ action: "access-request.resume", target: region, details: { draft: r.id } }),
    },
    formObject(form),
    async (_i, actor) => {
      const draft = await draftFromLast(region, actor.email);
      if (!draft) throw new MutationRefused(404, "There is no earlier request in this region to start from.");
      return { id: draft.id };
    },
  );
  revalidatePath("/production-access");
  return result;
}
