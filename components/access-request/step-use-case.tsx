"use client";

import { MAIL_KINDS, type MailKind } from "@/lib/validation/access-request";
import { Choice, TextArea, TextInput } from "./inputs";
import { num, type StepProps } from "./step-props";

export function StepUseCase({ a, set, errors, disabled }: StepProps) {
  const kinds = new Set(a.mailKinds ?? []);
  const toggle = (k: MailKind) => {
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    set({ mailKinds: (Object.keys(MAIL_KINDS) as MailKind[]).filter((x) => next.has(x)) });
  };
  return (
    <div className="space-y-4">
      <Choice
        name="mailType"
        label="Mail type (the majority of what you send)"
        value={a.mailType}
        onChange={(v) => set({ mailType: v })}
        errors={errors.mailType}
        disabled={disabled}
        options={[
          {
            value: "TRANSACTIONAL",
            label: "Transactional",
            hint: "One-to-one, triggered by what the user did: codes, resets, receipts, notifications.",
          },
          {
            value: "MARKETING",
            label: "Marketing",
            hint: "One-to-many to a list: newsletters, announcements, offers. Needs an unsubscribe in every message.",
          },
        ]}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Kinds of mail</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {(Object.entries(MAIL_KINDS) as [MailKind, string][]).map(([k, label]) => (
            <label key={k} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={kinds.has(k)} disabled={disabled} onChange={() => toggle(k)} />
              {label}
            </label>
          ))}
        </div>
        {errors.mailKinds && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.mailKinds.join(" ")}
          </p>
        )}
      </fieldset>
      <TextInput
        name="otherMailKinds"
        label="Other kinds (optional)"
        value={a.otherMailKinds ?? ""}
        onChange={(v) => set({ otherMailKinds: v })}
        errors={errors.otherMailKinds}
        disabled={disabled}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          name="dailyVolume"
          label="Expected emails per day"
          type="number"
          value={a.dailyVolume?.toString() ?? ""}
          onChange={(v) => set({ dailyVolume: num(v) })}
          errors={errors.dailyVolume}
          disabled={disabled}
        />
        <TextInput
          name="peakPerSecond"
          label="Peak emails per second"
          type="number"
          value={a.peakPerSecond?.toString() ?? ""}
          onChange={(v) => set({ peakPerSecond: num(v) })}
          errors={errors.peakPerSecond}
          disabled={disabled}
        />
      </div>
      <TextArea
        name="volumeNotes"
        label="About the volume (optional)"
        hint="When the peaks happen and how you expect it to grow."
        value={a.volumeNotes ?? ""}
        onChange={(v) => set({ volumeNotes: v })}
        errors={errors.volumeNotes}
        disabled={disabled}
      />
      <TextArea
        name="optIn"
        label="How recipients give you their address"
        hint="Sign-up, double opt-in, customers only; say that you never buy, rent or scrape lists."
        value={a.optIn ?? ""}
        onChange={(v) => set({ optIn: v })}
        errors={errors.optIn}
        disabled={disabled}
      />
      <TextArea
        name="optOut"
        label="How recipients unsubscribe"
        hint="A link or preference centre; for purely transactional mail, say why there is none."
        value={a.optOut ?? ""}
        onChange={(v) => set({ optOut: v })}
        errors={errors.optOut}
        disabled={disabled}
      />
    </div>
  );
}
