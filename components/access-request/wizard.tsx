"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ObservedFacts } from "@/lib/access-request/observed-facts";
import type { Preflight } from "@/lib/access-request/preflight/run-preflight";
import type { MutationResult } from "@/lib/auth/mutation";
import { accessDraftSchema, fieldErrorsOf, type AccessAnswers } from "@/lib/validation/access-request";
import { buttonStyles } from "@/components/ui/button-styles";
import { StepBusiness } from "./step-business";
import { StepCompliance } from "./step-compliance";
import { StepContacts } from "./step-contacts";
import { StepReview } from "./step-review";
import { StepUseCase } from "./step-use-case";

const STEPS = [
  "Before you start",
  "Business and website",
  "Use case",
  "Compliance and handling",
  "Contacts and language",
  "Review and submit",
];
// Which step shows each field, so a server error can take the user to it.
const STEP_OF: Record<string, number> = {
  companyName: 1,
  websiteUrl: 1,
  productDescription: 1,
  mailType: 2,
  mailKinds: 2,
  otherMailKinds: 2,
  dailyVolume: 2,
  peakPerSecond: 2,
  volumeNotes: 2,
  optIn: 2,
  optOut: 2,
  bounceProcess: 3,
  complaintProcess: 3,
  unsubscribeProcess: 3,
  monitoring: 3,
  sampleMessage: 3,
  contacts: 4,
  contactLanguage: 4,
  includeDescription: 5,
  useCaseDescription: 5,
  acknowledged: 5,
};
const AUTOSAVE_MS = 800;
const when = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";

type Props = {
  initial: AccessAnswers;
  savedAt?: string;
  editedBy?: string;
  observed: ObservedFacts;
  canEdit: boolean;
  canSubmit: boolean;
  /** Why submitting is refused whatever the answers (a review pending, a denial); the team may still edit. */
  submitRefusal?: string;
  before: React.ReactNode;
  /** The route's server actions, passed in so this component does not depend on a route. */
  saveDraft: (answers: unknown) => Promise<MutationResult<{ savedAt: string; editedBy: string }>>;
  submitRequest: (answers: unknown) => Promise<MutationResult<{ caseId: string | null; reviewStatus: string | null }>>;
  preflight: (answers: unknown) => Promise<MutationResult<Preflight>>;
};

export function Wizard({
  initial,
  savedAt,
  editedBy,
  observed,
  canEdit,
  canSubmit,
  submitRefusal,
  before,
  saveDraft,
  submitRequest,
  preflight,
}: Props) {
  const router = useRouter();
  const [a, setA] = useState<AccessAnswers>(initial);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [saved, setSaved] = useState<{ at?: string; by?: string; note?: string }>({ at: savedAt, by: editedBy });
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const dirty = useRef(false);
  // A save still in flight when the request goes out would recreate a draft after the submission.
  const inFlight = useRef<Promise<unknown> | null>(null);
  const submitted = useRef(false);

  const set = (patch: Partial<AccessAnswers>) => {
    dirty.current = true;
    setA((prev) => ({ ...prev, ...patch }));
  };

  useEffect(() => {
    if (!dirty.current || !canEdit || submitted.current) return;
    const parsed = accessDraftSchema.safeParse(a);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    if (!parsed.success) {
      setSaved((s) => ({ ...s, note: "Not saved: correct the highlighted field." }));
      return;
    }
    setSaved((s) => ({ ...s, note: "Saving…" }));
    const timer = setTimeout(async () => {
      if (submitted.current) return;
      const pending = saveDraft(parsed.data);
      inFlight.current = pending;
      const r = await pending;
      if (r.ok) setSaved({ at: r.data.savedAt, by: r.data.editedBy });
      else {
        setSaved((s) => ({ ...s, note: r.error }));
        if (r.fieldErrors) setErrors(r.fieldErrors);
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [a, canEdit]);

  const submit = () =>
    startSubmit(async () => {
      submitted.current = true;
      await inFlight.current;
      const r = await submitRequest(a);
      setConfirming(false);
      if (r.ok) {
        router.refresh();
        return;
      }
      submitted.current = false;
      setSubmitError(r.error);
      if (r.fieldErrors) {
        setErrors(r.fieldErrors);
        const first = Object.keys(r.fieldErrors)
          .map((k) => STEP_OF[k] ?? 5)
          .sort()[0];
        if (first !== undefined && first !== 5) setStep(first);
      }
    });

  const props = { a, set, errors, disabled: !canEdit, observed };
  return (
    <div className="space-y-4" data-testid="access-wizard">
      <nav aria-label="Wizard steps">
        <ol className="flex flex-wrap gap-1 text-sm">
          {STEPS.map((label, i) => {
            const hasError = Object.keys(errors).some((k) => STEP_OF[k] === i);
            return (
              <li key={label}>
                <button
                  type="button"
                  onClick={() => setStep(i)}
                  aria-current={i === step ? "step" : undefined}
                  className={`rounded-md px-2 py-1 ${i === step ? "bg-sky-700 text-white" : "bg-slate-100 dark:bg-slate-800"} ${hasError ? "ring-2 ring-red-600" : ""}`}
                >
                  {i + 1}. {label}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <p className="text-xs text-slate-500" data-testid="draft-status" aria-live="polite">
        {saved.note ??
          (saved.at
            ? `Draft saved ${when(saved.at)}${saved.by ? ` · last edited by ${saved.by}` : ""}`
            : canEdit
              ? "Not saved yet: the draft saves itself as you type."
              : "")}
        {!canEdit && " Viewers can read the draft but not change it."}
      </p>

      <h2 className="text-lg font-semibold">{STEPS[step]}</h2>
      {step === 0 && before}
      {step === 1 && <StepBusiness {...props} />}
      {step === 2 && <StepUseCase {...props} />}
      {step === 3 && <StepCompliance {...props} />}
      {step === 4 && <StepContacts {...props} />}
      {step === 5 && <StepReview {...props} preflightAction={preflight} />}

      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        {step > 0 && (
          <button type="button" className={buttonStyles.secondary} onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        {step < STEPS.length - 1 && (
          <button type="button" className={buttonStyles.primary} onClick={() => setStep(step + 1)}>
            Next
          </button>
        )}
        {step === STEPS.length - 1 && submitRefusal && (
          <p role="note" className="text-sm text-amber-800 dark:text-amber-300" data-testid="submit-refusal">
            {submitRefusal}
          </p>
        )}
        {step === STEPS.length - 1 && !submitRefusal && !canSubmit && (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="admins-only">
            Only an admin can submit the request; the draft is ready for them.
          </p>
        )}
        {step === STEPS.length - 1 && !submitRefusal && canSubmit && !confirming && (
          <button
            type="button"
            className={buttonStyles.primary}
            onClick={() => {
              setSubmitError(null);
              setConfirming(true);
            }}
          >
            Submit to AWS…
          </button>
        )}
      </div>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="confirm-title"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 dark:bg-amber-950"
        >
          <p id="confirm-title" className="font-semibold">
            Send this request to AWS for {observed.region}?
          </p>
          <p className="text-sm">
            The details cannot be edited while AWS reviews them, and after a denial SES accepts no new request through the API. The
            pre-flight review runs once more before anything is sent.
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonStyles.primary} onClick={submit} disabled={submitting}>
              {submitting ? "Sending…" : "Yes, submit the request"}
            </button>
            <button type="button" className={buttonStyles.secondary} onClick={() => setConfirming(false)} disabled={submitting}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {submitError && (
        <p
          role="alert"
          data-testid="form-error"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {submitError}
        </p>
      )}
    </div>
  );
}
