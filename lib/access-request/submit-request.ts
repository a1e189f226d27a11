import "server-only";
import { PutAccountDetailsCommand } from "@aws-sdk/client-sesv2";
import { sesv2 } from "../aws/clients";
import { getFromAddress } from "../settings/from-address";
import { collectRegion } from "../snapshots/collect-region";
import { getAccountView } from "../snapshots/account-view";
import { accessSubmissionSchema, fieldErrorsOf } from "../validation/access-request";
import type { WebsiteProbe } from "./analyze-homepage";
import { buildRequest } from "./build-request";
import { describeSubmitError } from "./describe-submit-error";
import { observedFacts } from "./observed-facts";
import type { Finding } from "./preflight/types";
import { runPreflight } from "./preflight/run-preflight";
import { probeWebsite } from "./probe-website";
import { latestReview, markSubmitted, saveDraft, syncReviewStatus } from "./request-store";

export type SubmitOutcome =
  | { ok: true; requestId: string; caseId: string | null; reviewStatus: string | null }
  | { ok: false; status: 409 | 422; error: string; fieldErrors?: Record<string, string[]>; blockers?: Finding[] };

const STOP = new Set(["A1", "A2", "A3", "A4"]);

/**
 * Submits the region's request: validate with the form's schema, save the
 * answers as the draft, refuse on pre-flight blockers, call PutAccountDetails,
 * then read the region so the review status (PENDING, case id) shows at once.
 * Any refusal or AWS error leaves the draft as it was typed.
 */
export async function submitAccessRequest(
  region: string,
  raw: unknown,
  actor: { email: string },
  opts: { probe?: (url: string) => Promise<WebsiteProbe> } = {},
): Promise<SubmitOutcome> {
  const parsed = accessSubmissionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const answers = parsed.data;
  const draft = await saveDraft(region, answers, actor.email);

  const [view, from, website] = await Promise.all([
    getAccountView(region),
    getFromAddress(),
    (opts.probe ?? probeWebsite)(answers.websiteUrl!),
  ]);
  const preflight = runPreflight(answers, observedFacts(region, view, from, website));
  const blockers = preflight.findings.filter((f) => f.severity === "blocker");
  const stop = blockers.find((f) => STOP.has(f.id));
  if (stop) return { ok: false, status: 409, error: `${stop.title}. ${stop.reason}`, blockers };
  if (blockers.length) {
    return {
      ok: false,
      status: 422,
      error: `The pre-flight review found ${blockers.length} blocker${blockers.length > 1 ? "s" : ""}: ${blockers.map((b) => b.title).join("; ")}.`,
      blockers,
    };
  }

  try {
    await sesv2(region).send(new PutAccountDetailsCommand(buildRequest(answers)));
  } catch (e) {
    const { status, message } = describeSubmitError(e);
    return { ok: false, status, error: message };
  }
  await markSubmitted(draft.id, actor.email, null);
  // The collector stores GetAccount's ReviewDetails; reading now shows PENDING and the case id without waiting for the schedule.
  await collectRegion(region, { trigger: "manual" });
  // Read the snapshot directly: getAccountView is memoized for the request and would still say "no review".
  const review = await latestReview(region);
  if (review.caseId) await syncReviewStatus(region, review);
  return { ok: true, requestId: draft.id, caseId: review.caseId ?? null, reviewStatus: review.status ?? null };
}
