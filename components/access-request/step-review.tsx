"use client";

import { useState, useTransition } from "react";
import { buildRequest } from "@/lib/access-request/build-request";
import { assembleDescription, followUpAnswers, followUpText } from "@/lib/access-request/describe-answers";
import type { Preflight } from "@/lib/access-request/preflight/run-preflight";
import type { MutationResult } from "@/lib/auth/mutation";
import { MAX_DESCRIPTION } from "@/lib/validation/access-request";
import { buttonStyles } from "@/components/ui/button-styles";
import { CopyButton } from "./copy-button";
import { TextArea } from "./inputs";
import { PreflightList } from "./preflight-list";
import type { StepProps } from "./step-props";

type Props = StepProps & { preflightAction: (answers: unknown) => Promise<MutationResult<Preflight>> };

export function StepReview({ a, set, errors, disabled, observed, preflightAction }: Props) {
  const [preflight, setPreflight] = useState<Preflight | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [checking, startCheck] = useTransition();
  const request = buildRequest(a);
  const followUp = followUpText(followUpAnswers(a, observed));
  const runCheck = () =>
    startCheck(async () => {
      const r = await preflightAction(a);
      setPreflight(r.ok ? r.data : null);
      setCheckError(r.ok ? null : r.error);
    });
  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h3 className="font-semibold">The request that will be sent (SES PutAccountDetails, {observed.region})</h3>
        <pre data-testid="request-preview" className="overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-800">
          {JSON.stringify(
            {
              ...request,
              UseCaseDescription: request.UseCaseDescription ? `(${request.UseCaseDescription.length} characters, below)` : undefined,
            },
            null,
            2,
          )}
        </pre>
      </section>

      <section className="space-y-2">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={!!a.includeDescription}
            disabled={disabled}
            onChange={(e) =>
              set({ includeDescription: e.target.checked, useCaseDescription: a.useCaseDescription || assembleDescription(a, observed) })
            }
            className="mt-1"
          />
          <span>
            Also send a use-case description.{" "}
            <span className="text-slate-600 dark:text-slate-400">
              The API marks it optional and deprecated and AWS&apos;s own onboarding leaves it out; the detail usually goes in the reply to
              AWS&apos;s follow-up instead.
            </span>
          </span>
        </label>
        {a.includeDescription && (
          <>
            <TextArea
              name="useCaseDescription"
              label="Use-case description"
              rows={12}
              max={MAX_DESCRIPTION}
              value={a.useCaseDescription ?? ""}
              onChange={(v) => set({ useCaseDescription: v })}
              errors={errors.useCaseDescription}
              disabled={disabled}
            />
            <button
              type="button"
              className={buttonStyles.secondary}
              disabled={disabled}
              onClick={() => set({ useCaseDescription: assembleDescription(a, observed) })}
            >
              Assemble again from the answers
            </button>
          </>
        )}
      </section>

      <section className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="font-semibold">Answers for AWS&apos;s follow-up on the support case</h3>
          <CopyButton text={followUp} label="Copy the answers" />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          AWS usually asks within hours how often you send, how the list is built, how bounces, complaints and unsubscribes are handled, and
          for sample mail. Reply on the case with these.
        </p>
        <pre
          data-testid="follow-up"
          className="max-h-80 overflow-auto rounded bg-slate-100 p-3 text-xs whitespace-pre-wrap dark:bg-slate-800"
        >
          {followUp}
        </pre>
      </section>

      <section className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold">Pre-flight review</h3>
          <button type="button" className={buttonStyles.secondary} onClick={runCheck} disabled={checking}>
            {checking ? "Checking…" : preflight ? "Check again" : "Run the pre-flight review"}
          </button>
        </div>
        {checkError && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {checkError}
          </p>
        )}
        {preflight && (
          <>
            <p className="text-sm" data-testid="preflight-summary">
              {preflight.blockers} blocker{preflight.blockers === 1 ? "" : "s"}, {preflight.warnings} warning
              {preflight.warnings === 1 ? "" : "s"}, {preflight.tips} tip{preflight.tips === 1 ? "" : "s"}.
            </p>
            <PreflightList findings={preflight.findings} />
          </>
        )}
      </section>

      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="acknowledged"
          checked={!!a.acknowledged}
          disabled={disabled}
          onChange={(e) => set({ acknowledged: e.target.checked })}
          className="mt-1"
        />
        <span>
          We send only to people who asked for our mail, and we have a process for bounces and complaints.{" "}
          <span className="text-slate-600 dark:text-slate-400">
            (The console asks for this; the API has no field for it, so submitting here makes the commitment.)
          </span>
        </span>
      </label>
      {errors.acknowledged && (
        <p role="alert" data-testid="error-acknowledged" className="text-sm text-red-700 dark:text-red-400">
          {errors.acknowledged.join(" ")}
        </p>
      )}
    </div>
  );
}
