"use client";

import { useState } from "react";
import { MAX_CONTACTS } from "@/lib/validation/access-request";
import { Choice, TextArea } from "./inputs";
import type { StepProps } from "./step-props";

export function StepContacts({ a, set, errors, disabled }: StepProps) {
  // The raw text keeps an empty line while typing; the answers hold only the addresses.
  const [raw, setRaw] = useState((a.contacts ?? []).join("\n"));
  return (
    <div className="space-y-4">
      <TextArea
        name="contacts"
        label={`Additional contacts (one address a line, at most ${MAX_CONTACTS})`}
        hint="AWS writes about the case to the account's email and these addresses: use monitored addresses at your company domain."
        value={raw}
        onChange={(v) => {
          setRaw(v);
          set({
            contacts: v
              .split(/\r?\n/)
              .map((x) => x.trim())
              .filter(Boolean),
          });
        }}
        errors={errors.contacts}
        disabled={disabled}
      />
      <Choice
        name="contactLanguage"
        label="Language AWS writes in"
        value={a.contactLanguage}
        onChange={(v) => set({ contactLanguage: v })}
        errors={errors.contactLanguage}
        disabled={disabled}
        options={[
          { value: "EN", label: "English" },
          { value: "JA", label: "Japanese (日本語)" },
        ]}
      />
    </div>
  );
}
