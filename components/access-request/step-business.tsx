"use client";

import { TextArea, TextInput } from "./inputs";
import type { StepProps } from "./step-props";

export function StepBusiness({ a, set, errors, disabled }: StepProps) {
  return (
    <div className="space-y-4">
      <TextInput
        name="companyName"
        label="Company name"
        value={a.companyName ?? ""}
        onChange={(v) => set({ companyName: v })}
        errors={errors.companyName}
        disabled={disabled}
      />
      <TextInput
        name="websiteUrl"
        label="Website"
        type="url"
        placeholder="https://www.your-company.com"
        hint="A full https:// address. AWS looks at it to understand what you send: it should say what the product is and link a privacy policy."
        value={a.websiteUrl ?? ""}
        onChange={(v) => set({ websiteUrl: v })}
        errors={errors.websiteUrl}
        disabled={disabled}
      />
      <TextArea
        name="productDescription"
        label="What the product does"
        hint="One or two sentences a stranger understands: who uses it and why they get mail from it."
        value={a.productDescription ?? ""}
        onChange={(v) => set({ productDescription: v })}
        errors={errors.productDescription}
        disabled={disabled}
      />
    </div>
  );
}
