"use client";

import { handlingClaims, prefillHandling } from "@/lib/access-request/handling-claims";
import { buttonStyles } from "@/components/ui/button-styles";
import { TextArea } from "./inputs";
import type { StepProps } from "./step-props";

const LABELS = {
  bounceProcess: "Bounce process",
  complaintProcess: "Complaint process",
  unsubscribeProcess: "Unsubscribe process",
  monitoring: "Monitoring targets",
} as const;

const BADGE = {
  verified: ["Verified by the dashboard", "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100"],
  flagged: ["Flagged: the dashboard cannot see this", "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100"],
  unverifiable: ["Your statement", "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200"],
} as const;

export function StepCompliance({ a, set, errors, disabled, observed }: StepProps) {
  const statements = handlingClaims(a, observed);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <span>Start from what the dashboard observes in {observed.region} (SNS notifications, suppression list, alarms):</span>
        <button type="button" className={buttonStyles.secondary} disabled={disabled} onClick={() => set(prefillHandling(observed))}>
          Fill from what is configured
        </button>
      </div>
      {statements.map((s) => {
        const [label, tone] = BADGE[s.status];
        return (
          <TextArea
            key={s.field}
            name={s.field}
            label={LABELS[s.field]}
            rows={4}
            value={a[s.field] ?? ""}
            onChange={(v) => set({ [s.field]: v })}
            errors={errors[s.field]}
            disabled={disabled}
            extra={
              <p className="text-xs" data-testid={`claim-${s.field}`} data-claim={s.status}>
                <span className={`rounded px-1.5 py-0.5 font-medium ${tone}`}>{label}</span>{" "}
                {s.seen.length > 0 && <span>Seen: {s.seen.join(", ")}. </span>}
                {s.unseen.length > 0 && <span>Not seen: {s.unseen.join(", ")}. Set it up, or reword the claim.</span>}
              </p>
            }
          />
        );
      })}
      <TextArea
        name="sampleMessage"
        label="A sample message"
        hint="AWS's follow-up asks for examples of the mail you send. Merge fields like {{first_name}} are fine here."
        rows={6}
        value={a.sampleMessage ?? ""}
        onChange={(v) => set({ sampleMessage: v })}
        errors={errors.sampleMessage}
        disabled={disabled}
      />
    </div>
  );
}
