import type { MutationResult } from "@/lib/auth/mutation";
import type { FieldErrors } from "@/lib/validation/user";

export const fieldErrorsOf = (result: MutationResult<unknown> | undefined): FieldErrors | undefined =>
  result && !result.ok ? result.fieldErrors : undefined;
