import type { ObservedFacts } from "@/lib/access-request/observed-facts";
import type { AccessAnswers } from "@/lib/validation/access-request";

export type StepProps = {
  a: AccessAnswers;
  set: (patch: Partial<AccessAnswers>) => void;
  errors: Record<string, string[] | undefined>;
  disabled: boolean;
  observed: ObservedFacts;
};

export const num = (v: string): number | undefined => (v.trim() === "" ? undefined : Number(v));
